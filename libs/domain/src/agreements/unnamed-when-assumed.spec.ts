import { InvalidCommand, InvalidCorrection, InvalidDecision, PartyHasNotApproved } from '../errors';
import { AGREEMENT_ID, approvedBy, drafted, draftedWith, recordDecision, recordSignature, signedBy, stateAfter, termsInput, TODAY } from '../testing/fixtures';
import { givenFor } from '../testing/given';
import { agreementDecider } from './agreement.decider';
import type { BoardDecisionRecorded, SignatureRecorded } from './agreement.events';
import { uncountedDecisions } from './agreement.state';

const given = givenFor(agreementDecider);
const assumed = { note: 'Pöytäkirja ei kerro päätöstä; oletettu hyväksytyksi.' };

/** Laukaa's approval as a document that does not name the body would let it be recorded: assumed, without one. */
function assumedApproval(): BoardDecisionRecorded {
  const { body: _body, ...decision } = approvedBy('laukaa').data;
  return { type: 'BoardDecisionRecorded', schemaVersion: 1, data: { ...decision, assumed } };
}

function assumedSignature(): SignatureRecorded {
  const { signatory: _signatory, ...signature } = signedBy('laukaa').data;
  return { type: 'SignatureRecorded', schemaVersion: 1, data: { ...signature, assumed } };
}

describe('who decided or signed, when the documents do not say', () => {
  it('given a draft, when an assumed approval names no body, then it is recorded without one', () => {
    given([drafted])
      .when(recordDecision({ partyId: 'laukaa', body: undefined, assumed }))
      .thenEmits([assumedApproval()]);
  });

  it('given a draft, when an approval that is not assumed names no body, then it is refused, naming the body', () => {
    given([drafted]).when(recordDecision({ partyId: 'laukaa', body: undefined })).thenThrows(InvalidDecision, 'body');
  });

  it('given an assumed approval, when an assumed signature names no signatory, then it is recorded without one', () => {
    given([drafted, assumedApproval()])
      .when(recordSignature({ partyId: 'laukaa', signatory: undefined, assumed }))
      .thenEmits([assumedSignature()]);
  });

  it('given an approval, when a signature that is not assumed names no signatory, then it is refused, naming the signatory', () => {
    given([drafted, approvedBy('laukaa')]).when(recordSignature({ partyId: 'laukaa', signatory: undefined })).thenThrows(InvalidCommand, 'signatory');
  });

  it('given terms that require the municipal board, an approval whose body is not known does not count', () => {
    const boardRequired = draftedWith({
      parties: termsInput().parties.map((party) => (party.partyId === 'laukaa' ? { ...party, approvalBy: { body: 'kunnanhallitus' } } : party)),
    });
    given([boardRequired, assumedApproval()])
      .when(recordSignature({ partyId: 'laukaa' }))
      .thenThrows(PartyHasNotApproved, { detail: expect.stringContaining('the terms require a decision of kunnanhallitus, and the body that decided is not known') });
    expect(uncountedDecisions(stateAfter([boardRequired, assumedApproval()]))).toEqual([
      expect.objectContaining({ partyId: 'laukaa', reason: 'the terms require a decision of kunnanhallitus, and the body that decided is not known' }),
    ]);
  });

  it('given a stated approval, when a correction leaves out its body without marking it assumed, then it is refused', () => {
    const approval = approvedBy('laukaa');
    const { body: _body, ...replacement } = approval.data;
    given([drafted, approval])
      .when({
        type: 'CorrectAgreementFact',
        today: TODAY,
        at: '2025-06-01T09:00:00.000Z',
        by: 'registrar-1',
        agreementId: AGREEMENT_ID,
        eventId: '0193e0a4-0000-7000-8000-000000000001',
        recorded: approval,
        reason: 'Elin ei selviä pöytäkirjasta',
        replacement,
      })
      .thenThrows(InvalidCorrection, 'replacement.body');
  });
});
