import type { AgreementEvent } from '../agreements/agreement.events';
import type { Obligation } from '../agreements/terms';
import { approvedAndSignedBy, draftedWith, enteredIntoForce, FOUNDING_PARTIES, fulfilled, stateAfter, termsInput } from '../testing/fixtures';
import { deadlinesOf } from './deadlines-of';

const transfer: Obligation = {
  id: 'transfer',
  type: 'transfer-of-undertaking',
  obligor: { role: 'participant' },
  description: { fi: 'Liikkeen luovutus' },
  recurrence: 'once',
  dueOn: '2021-05-01',
};
const inForce: AgreementEvent[] = [
  draftedWith({ firstReviewDue: '2021-11-30', obligations: [...termsInput().obligations, transfer] }),
  ...approvedAndSignedBy(FOUNDING_PARTIES),
  enteredIntoForce(),
];
const ofType = (events: AgreementEvent[], type: string) =>
  deadlinesOf(stateAfter(events))
    .filter((deadline) => deadline.type === type)
    .map(({ date, partyId, obligationId, reviewYear }) => ({ date, partyId, obligationId, reviewYear }));

describe('deadlinesOf', () => {
  it('given a new agreement, lists the first review its terms set', () => {
    expect(ofType(inForce, 'review-due')).toEqual([{ date: '2021-11-30', partyId: undefined, obligationId: undefined, reviewYear: undefined }]);
  });

  it('given a review that set the next one, lists that instead of the first', () => {
    const review: AgreementEvent = {
      type: 'AnnualReviewRecorded',
      schemaVersion: 1,
      data: { year: 2021, heldOn: '2021-11-15', meeting: 'Yhteistyöryhmä', nextReviewDue: '2022-11-30', actions: [], findings: [] },
    };
    expect(ofType([...inForce, review], 'review-due')).toEqual([{ date: '2022-11-30', partyId: undefined, obligationId: undefined, reviewYear: 2021 }]);
  });

  it('lists a once obligation as due for each party that owes it, until that party fulfils it', () => {
    expect(ofType(inForce, 'obligation-due')).toEqual([
      { date: '2021-05-01', partyId: 'laukaa', obligationId: 'transfer', reviewYear: undefined },
      { date: '2021-05-01', partyId: 'hankasalmi', obligationId: 'transfer', reviewYear: undefined },
    ]);
    expect(ofType([...inForce, fulfilled('transfer', 'laukaa', '2021-05-01')], 'obligation-due')).toEqual([
      { date: '2021-05-01', partyId: 'hankasalmi', obligationId: 'transfer', reviewYear: undefined },
    ]);
  });
});
