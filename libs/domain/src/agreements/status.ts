import type { CalendarDate } from '../calendar/dates';
import {
  duePartyIds,
  findVersion,
  hasApproved,
  hasSigned,
  latestVersion,
  versionInForceOn,
  type AgreementState,
} from './agreement.state';

export const AGREEMENT_STATUSES = [
  'draft',
  'in-approval',
  'approved',
  'signed',
  'in-force',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Derived, never stored: the same state answers for any date. */
export function statusOn(state: AgreementState, date: CalendarDate): AgreementStatus {
  if (state.termination && state.termination.effectiveOn < date) return 'terminated';
  const inForce = versionInForceOn(state, date);
  if (inForce) {
    const endsOn = findVersion(state, inForce.version)?.terms.term.endsOn;
    return endsOn != null && endsOn < date ? 'expired' : 'in-force';
  }
  const latest = latestVersion(state);
  if (!latest) return 'draft';
  const due = duePartyIds(state, latest.version, latest.terms.term.startsOn);
  if (due.length === 0) return 'draft';
  if (due.every((partyId) => hasSigned(state, partyId, latest.version, date))) return 'signed';
  if (due.every((partyId) => hasApproved(state, partyId, latest.version, date))) return 'approved';
  if (latest.decisions.some((decision) => decision.meetingDate <= date)) return 'in-approval';
  return 'draft';
}
