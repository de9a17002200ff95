import { findVersion, latestVersion, type AgreementState } from '../agreements/agreement.state';
import type { CalendarDate } from '../calendar/dates';
import type { LocalizedText } from '../localized-text';
import { obligationRows } from '../obligations/expand';
import { nextReviewDue } from '../reviews/review-due';

export const DEADLINE_TYPES = [
  'review-due',
  'term-ends',
  'party-joins',
  'withdrawal-effective',
  'termination-effective',
  'obligation-due',
] as const;
export type DeadlineType = (typeof DEADLINE_TYPES)[number];

export interface Deadline {
  date: CalendarDate;
  type: DeadlineType;
  agreementId: string;
  kind: string;
  title: LocalizedText;
  partyId?: string;
  /** For review-due: the year of the review that set it; absent for the first review, which the terms set. */
  reviewYear?: number;
  /** For obligation-due: the once obligation the party has not yet fulfilled. */
  obligationId?: string;
}

/**
 * The dates an agreement's parties must act on or be ready for. The review due date is the terms' first until a
 * review is recorded, then the one the latest review set; a once obligation is due until it is fulfilled; the term end is that of the version in force last (or of the latest draft before any is);
 * joins come from the terms of that version and from later PartyJoined events.
 */
export function deadlinesOf(state: AgreementState): Deadline[] {
  if (!state.exists) return [];
  const current = state.inForce.length ? findVersion(state, state.inForce.at(-1)!.version) : latestVersion(state);
  if (!current) return [];
  const base = { agreementId: state.agreementId, kind: state.kind, title: current.terms.title };
  const deadlines: Deadline[] = [];
  const lastReview = state.reviews.at(-1);
  const reviewDue = nextReviewDue(state);
  if (reviewDue) deadlines.push({ ...base, date: reviewDue, type: 'review-due', ...(lastReview && { reviewYear: lastReview.year }) });
  if (current.terms.term.endsOn) deadlines.push({ ...base, date: current.terms.term.endsOn, type: 'term-ends' });
  for (const party of current.terms.parties) {
    if (party.joinsOn) deadlines.push({ ...base, date: party.joinsOn, type: 'party-joins', partyId: party.partyId });
  }
  for (const join of state.joined) deadlines.push({ ...base, date: join.joinsOn, type: 'party-joins', partyId: join.partyId });
  for (const withdrawal of state.withdrawals) {
    deadlines.push({ ...base, date: withdrawal.effectiveOn, type: 'withdrawal-effective', partyId: withdrawal.partyId });
  }
  if (state.termination) deadlines.push({ ...base, date: state.termination.effectiveOn, type: 'termination-effective' });
  const fulfilled = new Set(state.fulfilments.map((fulfilment) => `${fulfilment.obligationId}|${fulfilment.partyId}`));
  // Expanding the obligations costs more than everything else here; most agreements have nothing due once.
  const somethingDue = state.versions.some((version) => version.terms.obligations.some((obligation) => obligation.dueOn !== undefined));
  for (const row of somethingDue ? obligationRows(state) : []) {
    if (row.dueOn && !fulfilled.has(`${row.obligationId}|${row.partyId}`)) {
      deadlines.push({ ...base, date: row.dueOn, type: 'obligation-due', partyId: row.partyId, obligationId: row.obligationId });
    }
  }
  const seen = new Set<string>();
  return deadlines.filter((deadline) => {
    const key = `${deadline.type}|${deadline.date}|${deadline.partyId ?? ''}|${deadline.obligationId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
