import type { AnnualReviewRecorded } from '../agreements/agreement.events';
import { approvedAndSignedBy, draftedWith, ENDS_ON, enteredIntoForce, FOUNDING_PARTIES, inForce, stateAfter, terminated } from '../testing/fixtures';
import { reviewDueOn } from './review-due';

const reviewed = (year: number, nextReviewDue?: string): AnnualReviewRecorded => ({
  type: 'AnnualReviewRecorded',
  schemaVersion: 1,
  data: { year, heldOn: `${year}-11-15`, meeting: 'Yhteistyöryhmä', actions: [], findings: [], ...(nextReviewDue && { nextReviewDue }) },
});

describe('reviewDueOn', () => {
  it('given no review, has no due date and is never overdue', () => {
    expect(reviewDueOn(stateAfter(inForce), '2024-06-01')).toEqual({ due: null, overdue: false });
  });
  it('given a review that set no next date, is never overdue', () => {
    expect(reviewDueOn(stateAfter([...inForce, reviewed(2021)]), '2024-06-01')).toEqual({ due: null, overdue: false });
  });
  it('given a next review due, is not overdue on the due date itself', () => {
    expect(reviewDueOn(stateAfter([...inForce, reviewed(2021, '2022-11-30')]), '2022-11-30')).toEqual({ due: '2022-11-30', overdue: false });
  });
  it('given a next review due, is overdue the day after while the agreement is in force', () => {
    expect(reviewDueOn(stateAfter([...inForce, reviewed(2021, '2022-11-30')]), '2022-12-01')).toEqual({ due: '2022-11-30', overdue: true });
  });
  it('follows the latest review: a later review moves the due date and clears the overdue flag', () => {
    const state = stateAfter([...inForce, reviewed(2021, '2022-11-30'), reviewed(2022, '2023-11-30')]);
    expect(reviewDueOn(state, '2022-12-15')).toEqual({ due: '2023-11-30', overdue: false });
  });
  it('is not overdue once the agreement has expired', () => {
    const state = stateAfter([...inForce, reviewed(2023, '2024-11-30')]);
    expect(reviewDueOn(state, '2025-01-01')).toEqual({ due: '2024-11-30', overdue: false });
    expect(ENDS_ON).toBe('2024-12-31');
    expect(reviewDueOn(state, '2024-12-31').overdue).toBe(true);
  });
  it('is not overdue once the agreement is terminated', () => {
    const state = stateAfter([...inForce, reviewed(2021, '2022-06-30'), terminated('2022-12-31')]);
    expect(reviewDueOn(state, '2022-12-31').overdue).toBe(true);
    expect(reviewDueOn(state, '2023-01-01').overdue).toBe(false);
  });
  it('is not overdue before the agreement enters into force', () => {
    const state = stateAfter([...inForce, reviewed(2021, '2022-11-30')]);
    expect(reviewDueOn(state, '2020-12-31').overdue).toBe(false);
  });
  describe('with a first review due in the terms', () => {
    const firstDue = [draftedWith({ firstReviewDue: '2021-11-30' }), ...approvedAndSignedBy(FOUNDING_PARTIES), enteredIntoForce()];
    it('given no review yet, is due when the terms say, and overdue after it', () => {
      expect(reviewDueOn(stateAfter(firstDue), '2021-11-30')).toEqual({ due: '2021-11-30', overdue: false });
      expect(reviewDueOn(stateAfter(firstDue), '2021-12-01')).toEqual({ due: '2021-11-30', overdue: true });
    });
    it('given a review, follows the review instead', () => {
      expect(reviewDueOn(stateAfter([...firstDue, reviewed(2021, '2022-11-30')]), '2021-12-01')).toEqual({ due: '2022-11-30', overdue: false });
    });
  });
});
