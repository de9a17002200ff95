import type { CalendarDate } from '../calendar/dates';
import { findVersion, latestVersion, type AgreementState } from '../agreements/agreement.state';
import { statusOn } from '../agreements/status';

export interface ReviewDue {
  /** The nextReviewDue the latest recorded review set, else the terms' firstReviewDue; null when neither is set. */
  due: CalendarDate | null;
  overdue: boolean;
}

/**
 * When the next review is due: as the latest review set it, or before any review, as the terms of the version in
 * force last (else the latest draft) set the first.
 */
export function nextReviewDue(state: AgreementState): CalendarDate | null {
  const lastReview = state.reviews.at(-1);
  if (lastReview) return lastReview.nextReviewDue ?? null;
  const current = state.inForce.length ? findVersion(state, state.inForce.at(-1)!.version) : latestVersion(state);
  return current?.terms.firstReviewDue ?? null;
}

/**
 * A review is overdue on a date when the next review's due date is before it while the agreement is in force: an
 * expired or terminated agreement owes no further reviews, and one whose terms set no first review has no due date
 * until a review sets one.
 */
export function reviewDueOn(state: AgreementState, on: CalendarDate): ReviewDue {
  const due = nextReviewDue(state);
  return { due, overdue: due !== null && due < on && statusOn(state, on) === 'in-force' };
}
