import { findVersion, latestVersion, type AgreementState } from '../agreements/agreement.state';
import type { CalendarDate } from '../calendar/dates';
import type { LocalizedText } from '../localized-text';

export const DEADLINE_TYPES = ['review-due', 'term-ends', 'party-joins', 'withdrawal-effective', 'termination-effective'] as const;
export type DeadlineType = (typeof DEADLINE_TYPES)[number];

export interface Deadline {
  date: CalendarDate;
  type: DeadlineType;
  agreementId: string;
  kind: string;
  title: LocalizedText;
  partyId?: string;
  /** For review-due: the year of the review that set it. */
  reviewYear?: number;
}

/**
 * The dates an agreement's parties must act on or be ready for. A review's next due date stands until a later
 * review is recorded; the term end is that of the version in force last (or of the latest draft before any is);
 * joins come from the terms of that version and from later PartyJoined events.
 */
export function deadlinesOf(state: AgreementState): Deadline[] {
  if (!state.exists) return [];
  const current = state.inForce.length ? findVersion(state, state.inForce.at(-1)!.version) : latestVersion(state);
  if (!current) return [];
  const base = { agreementId: state.agreementId, kind: state.kind, title: current.terms.title };
  const deadlines: Deadline[] = [];
  const lastReview = state.reviews.at(-1);
  if (lastReview?.nextReviewDue) {
    deadlines.push({ ...base, date: lastReview.nextReviewDue, type: 'review-due', reviewYear: lastReview.year });
  }
  if (current.terms.term.endsOn) deadlines.push({ ...base, date: current.terms.term.endsOn, type: 'term-ends' });
  for (const party of current.terms.parties) {
    if (party.joinsOn) deadlines.push({ ...base, date: party.joinsOn, type: 'party-joins', partyId: party.partyId });
  }
  for (const join of state.joined) deadlines.push({ ...base, date: join.joinsOn, type: 'party-joins', partyId: join.partyId });
  for (const withdrawal of state.withdrawals) {
    deadlines.push({ ...base, date: withdrawal.effectiveOn, type: 'withdrawal-effective', partyId: withdrawal.partyId });
  }
  if (state.termination) deadlines.push({ ...base, date: state.termination.effectiveOn, type: 'termination-effective' });
  const seen = new Set<string>();
  return deadlines.filter((deadline) => {
    const key = `${deadline.type}|${deadline.date}|${deadline.partyId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
