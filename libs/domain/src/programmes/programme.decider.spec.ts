import {
  AlreadyDeclined,
  BindingBeingRecorded,
  DateInTheFuture,
  InvalidCommand,
  PartyBoundByProgramme,
  PartyDeclinedProgramme,
  ProgrammeAlreadyRegistered,
  ProgrammeNotFound,
  UnregisteredParty,
} from '../errors';
import { givenFor } from '../testing/given';
import type { DeclineProgramme, RegisterProgramme, ReserveBinding } from './programme.commands';
import { declinedPartyIds, programmeDecider } from './programme.decider';
import type { ProgrammeBindingReserved, ProgrammeDeclined, ProgrammeRegistered } from './programme.events';

const given = givenFor(programmeDecider);
const TODAY = '2021-03-01';
const NOW = '2021-03-01T09:00:00.000Z';
const A_MINUTE_LATER = '2021-03-01T09:01:00.000Z';
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
  checkedAgreementIds: [],
  at: NOW,
  ...overrides,
});

const LAUKAA_AGREEMENT = 'keski-suomi-family-law-laukaa';

const reserve = (partyIds: string[], overrides: Partial<ReserveBinding> = {}): ReserveBinding => ({
  type: 'ReserveBinding',
  today: TODAY,
  programmeId: PROGRAMME_ID,
  agreementId: LAUKAA_AGREEMENT,
  partyIds,
  fields: partyIds.map((_, i) => `parties[${i}].partyId`),
  at: NOW,
  ...overrides,
});

const reserved = (partyIds: string[], at = NOW): ProgrammeBindingReserved => ({
  type: 'ProgrammeBindingReserved',
  schemaVersion: 1,
  data: { agreementId: LAUKAA_AGREEMENT, partyIds, at },
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
  it('given a binding of the party reserved, which the handler did not read the agreement of, refuses the decline as being recorded', () => {
    given([registered, reserved(['jyvaskyla', 'laukaa'])])
      .when(decline('laukaa'))
      .thenThrows(BindingBeingRecorded, 'partyId');
  });
  it('given a reservation whose agreement does not bind the party yet, refuses the decline until the reservation stops holding', () => {
    const checked = { checkedAgreementIds: [LAUKAA_AGREEMENT] };
    given([registered, reserved(['jyvaskyla', 'laukaa'])]).when(decline('laukaa', checked)).thenThrows(BindingBeingRecorded, 'partyId');
    given([registered, reserved(['jyvaskyla', 'laukaa'])])
      .when(decline('laukaa', { ...checked, at: A_MINUTE_LATER }))
      .thenEmits([declined('laukaa')]);
  });
  it("given another party's reservation, records the decline", () => {
    given([registered, reserved(['jyvaskyla', 'muurame'])]).when(decline('laukaa')).thenEmits([declined('laukaa')]);
  });
  it('the parties that declined are what the programme hands its agreements', () => {
    const state = [registered, declined('jamsa'), declined('kuhmoinen')].reduce(programmeDecider.evolve, programmeDecider.initialState);
    expect(declinedPartyIds(state)).toEqual(['jamsa', 'kuhmoinen']);
  });
});

describe('ReserveBinding', () => {
  it('given a programme, when an agreement is about to bind parties, reserves them with the instant', () => {
    given([registered]).when(reserve(['jyvaskyla', 'laukaa'])).thenEmits([reserved(['jyvaskyla', 'laukaa'])]);
  });
  it('given a party that declined, refuses to bind it, naming the field of the request', () => {
    given([registered, declined('jamsa')]).when(reserve(['jyvaskyla', 'jamsa'])).thenThrows(PartyDeclinedProgramme, 'parties[1].partyId');
  });
  it('given the same reservation held already (the command tried again), writes nothing; once it stops holding, reserves again', () => {
    given([registered, reserved(['jyvaskyla', 'laukaa'])]).when(reserve(['laukaa'])).thenEmits([]);
    given([registered, reserved(['jyvaskyla', 'laukaa'])])
      .when(reserve(['laukaa'], { at: A_MINUTE_LATER }))
      .thenEmits([reserved(['laukaa'], A_MINUTE_LATER)]);
  });
  it('given no programme, refuses as not found', () => {
    given([]).when(reserve(['laukaa'])).thenThrows(ProgrammeNotFound);
  });
});
