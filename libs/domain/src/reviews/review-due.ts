import type { CalendarDate } from '../calendar/dates';
import type { AgreementState } from '../agreements/agreement.state';
import { statusOn } from '../agreements/status';

export interface ReviewDue {
  /** The nextReviewDue the latest recorded review set; null before any review, or when it set none. */
  due: CalendarDate | null;
  overdue: boolean;
}

/**
 * A review is overdue on a date when the latest review's nextReviewDue is before it while the agreement is in
 * force: an expired or terminated agreement owes no further reviews, and one never reviewed has no due date yet.
 */
export function reviewDueOn(state: AgreementState, on: CalendarDate): ReviewDue {
  const due = state.reviews.at(-1)?.nextReviewDue ?? null;
  return { due, overdue: due !== null && due < on && statusOn(state, on) === 'in-force' };
}
