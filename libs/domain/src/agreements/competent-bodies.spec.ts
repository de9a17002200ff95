import { InvalidDecision, PartyHasNotApproved } from '../errors';
import { approvedBy, decidedBy, draftedWith, recordDecision, recordSignature, signedBy, termsInput } from '../testing/fixtures';
import { givenFor } from '../testing/given';
import { agreementDecider } from './agreement.decider';
import type { BoardDecisionRecorded } from './agreement.events';
import { approvingDecision, uncountedDecisions, whyDecisionDoesNotCount } from './agreement.state';
import { stateAfter } from '../testing/fixtures';

const given = givenFor(agreementDecider);

/** Laukaa's terms require its municipal board, under its administrative rules. */
const boardRequired = draftedWith({
  parties: termsInput().parties.map((party) =>
    party.partyId === 'laukaa' ? { ...party, approvalBy: { body: 'kunnanhallitus', basis: 'hallintosääntö § 23 kohta 7' } } : party,
  ),
});

function approvedByBody(body: string): BoardDecisionRecorded {
  const decision = approvedBy('laukaa');
  return { ...decision, data: { ...decision.data, body } };
}

describe('a competent body', () => {
  it('given the required body approved, when the party signs, then the signature is recorded', () => {
    given([boardRequired, approvedByBody('Kunnanhallitus')]).when(recordSignature({ partyId: 'laukaa' })).thenEmits([signedBy('laukaa')]);
  });

  it('given another body approved, when the party signs, then it is refused, saying which body the terms require', () => {
    given([boardRequired, approvedByBody('perusturvalautakunta')])
      .when(recordSignature({ partyId: 'laukaa' }))
      .thenThrows(PartyHasNotApproved, {
        detail: expect.stringContaining('the terms require a decision of kunnanhallitus (hallintosääntö § 23 kohta 7), not of perusturvalautakunta'),
      });
  });

  it('records the other body’s approval, which does not count and says why', () => {
    const decision = recordDecision({ partyId: 'laukaa', body: 'perusturvalautakunta' });
    given([boardRequired]).when(decision).thenEmits([approvedByBody('perusturvalautakunta')]);
    const state = stateAfter([boardRequired, approvedByBody('perusturvalautakunta')]);
    expect(approvingDecision(state, 'laukaa', 1)).toBeUndefined();
    expect(whyDecisionDoesNotCount(state, state.versions[0].decisions[0])).toMatch(/require a decision of kunnanhallitus/);
  });

  it('lists every approval by another body with its reason, and none by the required one', () => {
    const state = stateAfter([boardRequired, approvedByBody('perusturvalautakunta'), approvedByBody('kunnanhallitus')]);
    expect(uncountedDecisions(state)).toEqual([
      {
        partyId: 'laukaa',
        version: 1,
        body: 'perusturvalautakunta',
        meetingDate: '2020-11-02',
        section: '§ 1',
        reason: 'the terms require a decision of kunnanhallitus (hallintosääntö § 23 kohta 7), not of perusturvalautakunta',
      },
    ]);
  });

  it('does not hold it against a committee that it proposed the case to the board', () => {
    const proposed = decidedBy('laukaa', 'proposed-to-higher-body');
    const state = stateAfter([boardRequired, { ...proposed, data: { ...proposed.data, body: 'perusturvalautakunta' } }]);
    expect(uncountedDecisions(state)).toEqual([]);
  });

  it('lets any body approve for a party whose terms name none', () => {
    given([boardRequired, { ...approvedBy('hankasalmi'), data: { ...approvedBy('hankasalmi').data, body: 'valtuusto' } }])
      .when(recordSignature({ partyId: 'hankasalmi' }))
      .thenEmits([signedBy('hankasalmi')]);
  });
});

describe('how a body decided', () => {
  it('given a draft, when a committee proposes it electronically to the board, then both are recorded', () => {
    const proposal = recordDecision({ partyId: 'laukaa', body: 'lautakunta', outcome: 'proposed-to-higher-body', procedure: 'electronic', referredTo: 'kunnanhallitus' });
    const proposed = decidedBy('laukaa', 'proposed-to-higher-body');
    given([boardRequired])
      .when(proposal)
      .thenEmits([{ ...proposed, data: { ...proposed.data, body: 'lautakunta', procedure: 'electronic', referredTo: 'kunnanhallitus' } }]);
  });

  it('refuses a decision referred to a higher body that it did not propose to one', () => {
    given([boardRequired])
      .when(recordDecision({ partyId: 'laukaa', outcome: 'approved', referredTo: 'kunnanvaltuusto' }))
      .thenThrows(InvalidDecision, 'referredTo');
  });
});
