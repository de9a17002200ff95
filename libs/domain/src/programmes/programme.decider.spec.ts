import { AlreadyDeclined, DateInTheFuture, InvalidCommand, PartyBoundByProgramme, ProgrammeAlreadyRegistered, ProgrammeNotFound, UnregisteredParty } from '../errors';
import { givenFor } from '../testing/given';
import type { DeclineProgramme, RegisterProgramme } from './programme.commands';
import { declinedPartyIds, programmeDecider } from './programme.decider';
import type { ProgrammeDeclined, ProgrammeRegistered } from './programme.events';

const given = givenFor(programmeDecider);
const TODAY = '2021-03-01';
const PROGRAMME_ID = 'keski-suomi-family-law';
const source = { document: '000_a87a56af6191f029.txt', reference: 'Esiselvitysvaihe' };

const register = (overrides: Partial<RegisterProgramme> = {}): RegisterProgramme => ({
  type: 'RegisterProgramme',
  today: TODAY,
  programmeId: PROGRAMME_ID,
  kind: 'family-law',
  title: { fi: 'Perheoikeudellisten palvelujen alueellinen yksikkö' },
  hostPartyId: 'jyvaskyla',
  hostRegistered: true,
  ...overrides,
});

const decline = (partyId: string, overrides: Partial<DeclineProgramme> = {}): DeclineProgramme => ({
  type: 'DeclineProgramme',
  today: TODAY,
  programmeId: PROGRAMME_ID,
  partyId,
  partyRegistered: true,
  bindingAgreementIds: [],
  ...overrides,
});

const registered: ProgrammeRegistered = {
  type: 'ProgrammeRegistered',
  schemaVersion: 1,
  data: { programmeId: PROGRAMME_ID, kind: 'family-law', title: { fi: 'Perheoikeudellisten palvelujen alueellinen yksikkö' }, hostPartyId: 'jyvaskyla' },
};

const declined = (partyId: string, data: Partial<ProgrammeDeclined['data']> = {}): ProgrammeDeclined => ({
  type: 'ProgrammeDeclined',
  schemaVersion: 1,
  data: { partyId, ...data },
});

describe('RegisterProgramme', () => {
  it('given nothing, when registered, records the programme with its host and source', () => {
    given([]).when(register({ source })).thenEmits([{ ...registered, data: { ...registered.data, source } }]);
  });
  it('given a programme of that id, refuses to register it again', () => {
    given([registered]).when(register()).thenThrows(ProgrammeAlreadyRegistered);
  });
  it('refuses a host that is not a registered party, naming hostPartyId', () => {
    given([]).when(register({ hostRegistered: false })).thenThrows(UnregisteredParty, 'hostPartyId');
  });
  it('refuses a malformed kind, naming it', () => {
    given([]).when(register({ kind: 'Family Law' })).thenThrows(InvalidCommand, 'kind');
  });
});

describe('DeclineProgramme', () => {
  it('refuses the decline of a party an agreement of the programme already binds, naming the agreement', () => {
    given([registered])
      .when(decline('laukaa', { bindingAgreementIds: ['keski-suomi-family-law-laukaa'] }))
      .thenThrows(PartyBoundByProgramme, 'partyId');
  });
  it('given a programme, when a party declines it, records the decline with its date and source', () => {
    given([registered]).when(decline('jamsa', { decidedOn: '2020-11-30', source })).thenEmits([declined('jamsa', { decidedOn: '2020-11-30', source })]);
  });
  it('records a decline whose date the documents do not give, and what is assumed about it', () => {
    const assumed = { note: 'the document gives no date for the decision' };
    given([registered]).when(decline('kinnula', { assumed })).thenEmits([declined('kinnula', { assumed })]);
  });
  it('given no programme, refuses a decline as not found', () => {
    given([]).when(decline('jamsa')).thenThrows(ProgrammeNotFound);
  });
  it('given a party that declined already, refuses to record it twice', () => {
    given([registered, declined('jamsa')]).when(decline('jamsa')).thenThrows(AlreadyDeclined);
  });
  it('refuses a decline by the host, naming partyId', () => {
    given([registered]).when(decline('jyvaskyla')).thenThrows(InvalidCommand, 'partyId');
  });
  it('refuses a party that is not registered, naming partyId', () => {
    given([registered]).when(decline('nowhere', { partyRegistered: false })).thenThrows(UnregisteredParty, 'partyId');
  });
  it('refuses a decision dated after today, naming decidedOn', () => {
    given([registered]).when(decline('jamsa', { decidedOn: '2021-03-02' })).thenThrows(DateInTheFuture, 'decidedOn');
  });
  it('the parties that declined are what the programme hands its agreements', () => {
    const state = [registered, declined('jamsa'), declined('kuhmoinen')].reduce(programmeDecider.evolve, programmeDecider.initialState);
    expect(declinedPartyIds(state)).toEqual(['jamsa', 'kuhmoinen']);
  });
});
