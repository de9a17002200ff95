import { AlreadyAParty, PartyDeclinedProgramme, UnregisteredProgramme } from '../errors';
import { agreementDecider } from './agreement.decider';
import { bindingOf, bindsParty } from './programme-declines';
import { givenFor } from '../testing/given';
import { drafted, draftAgreement, inForce, joinParty, reviseDraft, stateAfter, termsInput, terminated, withdrew } from '../testing/fixtures';
import type { AgreementDrafted } from './agreement.events';

const given = givenFor(agreementDecider);
const PROGRAMME_ID = 'keski-suomi-family-law';
const noneDeclined = { declinedPartyIds: [] };
const laukaaDeclined = { declinedPartyIds: ['laukaa'] };
const ofProgramme: AgreementDrafted = { ...drafted, data: { ...drafted.data, programmeId: PROGRAMME_ID } };

describe('an agreement of a programme', () => {
  it('given a programme nobody named declined, when drafted with programmeId, records it on the draft', () => {
    given([]).when(draftAgreement({ programmeId: PROGRAMME_ID, programme: noneDeclined })).thenEmits([ofProgramme]);
  });
  it('refuses a draft naming a party that declined the programme, naming that party', () => {
    given([])
      .when(draftAgreement({ programmeId: PROGRAMME_ID, programme: laukaaDeclined }))
      .thenThrows(PartyDeclinedProgramme, 'parties[1].partyId');
  });
  it('refuses a draft of a programme that is not registered, naming programmeId', () => {
    given([]).when(draftAgreement({ programmeId: PROGRAMME_ID })).thenThrows(UnregisteredProgramme, 'programmeId');
  });
  it('refuses a revision that names a party that declined the programme', () => {
    given([ofProgramme]).when(reviseDraft(termsInput(), { programme: laukaaDeclined })).thenThrows(PartyDeclinedProgramme, 'parties[1].partyId');
  });
  it('refuses a party that declined the programme joining one of its agreements', () => {
    const declined = { declinedPartyIds: ['muurame'] };
    given([ofProgramme]).when(joinParty({ partyId: 'muurame', joinsOn: '2021-05-01', programme: declined })).thenThrows(PartyDeclinedProgramme, 'partyId');
  });
  it('lets a party that did not decline join', () => {
    given([ofProgramme])
      .when(joinParty({ partyId: 'muurame', joinsOn: '2021-05-01', programme: laukaaDeclined }))
      .thenEmits([{ type: 'PartyJoined', schemaVersion: 1, data: { partyId: 'muurame', partyType: 'municipality', role: 'participant', joinsOn: '2021-05-01' } }]);
  });
  it('an agreement of no programme is not checked against any declines', () => {
    given([drafted]).when(joinParty({ partyId: 'laukaa', joinsOn: '2021-05-01', programme: laukaaDeclined })).thenThrows(AlreadyAParty);
  });
});

describe('whether an agreement binds a party, so that it cannot decline the programme', () => {
  it('binds a party its terms name, from the draft on', () => {
    expect(bindsParty(stateAfter([drafted]), 'laukaa', '2021-06-01')).toBe(true);
  });
  it('does not bind a party it never named', () => {
    expect(bindsParty(stateAfter(inForce), 'muurame', '2021-06-01')).toBe(false);
  });
  it('binds a withdrawing party up to its last day, and not after', () => {
    const history = [...inForce, withdrew('laukaa', '2022-12-31')];
    expect([bindsParty(stateAfter(history), 'laukaa', '2022-12-31'), bindsParty(stateAfter(history), 'laukaa', '2023-01-01')]).toEqual([true, false]);
  });
  it('binds nobody once it has ended', () => {
    expect(bindsParty(stateAfter([...inForce, terminated('2022-06-30')]), 'laukaa', '2022-07-01')).toBe(false);
  });
});

describe('what an agreement of a programme must reserve before its events are written', () => {
  const joined = { type: 'PartyJoined' as const, schemaVersion: 1 as const, data: { partyId: 'muurame', partyType: 'municipality' as const, role: 'participant' as const, joinsOn: '2021-05-01' } };
  it('a draft of the programme: every party its terms name, with the field naming each', () => {
    expect(bindingOf([ofProgramme], stateAfter([]))).toEqual({
      programmeId: PROGRAMME_ID,
      partyIds: ['jyvaskyla', 'laukaa', 'hankasalmi'],
      fields: ['parties[0].partyId', 'parties[1].partyId', 'parties[2].partyId'],
    });
  });
  it('a party joining an agreement of the programme: that party', () => {
    expect(bindingOf([joined], stateAfter([ofProgramme]))).toEqual({ programmeId: PROGRAMME_ID, partyIds: ['muurame'], fields: ['partyId'] });
  });
  it('an agreement of no programme, or an event that binds nobody new: nothing', () => {
    expect([bindingOf([drafted], stateAfter([])), bindingOf([joined], stateAfter([drafted])), bindingOf(inForce.slice(1), stateAfter([ofProgramme]))]).toEqual([undefined, undefined, undefined]);
  });
});
