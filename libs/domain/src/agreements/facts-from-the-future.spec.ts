import { DateInTheFuture } from '../errors';
import {
  approvedAndSignedBy,
  approvedBy,
  drafted,
  enteredIntoForce,
  enterIntoForce,
  FOUNDING_PARTIES,
  inForce,
  recordDecision,
  recordReview,
  recordSignature,
  SIGNED_ON,
  TODAY,
} from '../testing/fixtures';
import { givenFor } from '../testing/given';
import { agreementDecider } from './agreement.decider';
import { addDays } from '../calendar/dates';

const given = givenFor(agreementDecider);
const TOMORROW = addDays(TODAY, 1);

describe('no facts from the future', () => {
  it("given a draft, when a decision is dated after today, then it is refused naming meetingDate and today's date", () => {
    given([drafted])
      .when(recordDecision({ partyId: 'jyvaskyla', meetingDate: TOMORROW }))
      .thenThrows(DateInTheFuture, { field: 'meetingDate', today: TODAY });
  });

  it('given a draft, when a decision is dated today, then it is recorded', () => {
    given([drafted]).when(recordDecision({ partyId: 'jyvaskyla', meetingDate: TODAY })).thenEmits([approvedBy('jyvaskyla', 1, TODAY)]);
  });

  it('given an approval, when a signature is dated after today, then it is refused naming signedOn', () => {
    given([drafted, approvedBy('jyvaskyla')])
      .when(recordSignature({ partyId: 'jyvaskyla', signedOn: '2100-10-01' }))
      .thenThrows(DateInTheFuture, { field: 'signedOn', today: TODAY });
  });

  it('given an agreement in force, when a review is held after today, then it is refused naming heldOn', () => {
    given(inForce).when(recordReview({ heldOn: TOMORROW, year: 2025 })).thenThrows(DateInTheFuture, { field: 'heldOn', today: TODAY });
  });

  it('given approvals and signatures, when a version enters into force after today, then it is recorded: effective dates may lie ahead', () => {
    given([drafted, ...approvedAndSignedBy(FOUNDING_PARTIES)])
      .when(enterIntoForce({ today: SIGNED_ON }))
      .thenEmits([enteredIntoForce()]);
  });
});
