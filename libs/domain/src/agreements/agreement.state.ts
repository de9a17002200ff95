import { addDays, type CalendarDate } from '../calendar/dates';
import type { PartyType } from '../parties/party.events';
import type { Provenance } from '../provenance';
import type { Correction } from '../corrections/fact-corrected';
import type {
  AnnualReview,
  BoardDecision,
  Fulfilment,
  PartyJoinedData,
  Signature,
  Termination,
  VersionInForce,
  Withdrawal,
} from './agreement.events';
import type { ApprovalBy, Role, Terms } from './terms';

export interface AgreementVersion extends Provenance {
  version: number;
  terms: Terms;
  decisions: BoardDecision[];
  signatures: Signature[];
}

export interface JoinedParty extends PartyJoinedData {
  /** The first version the party is a party of: the one in force when it joined, else the latest draft. */
  atVersion: number;
}

/** A plain JSON-serialisable fold of an agreement stream, shared by the decider and the read side. */
export interface AgreementState {
  exists: boolean;
  agreementId: string;
  kind: string;
  predecessorId?: string;
  programmeId?: string;
  versions: AgreementVersion[];
  /** In the order the versions entered into force, which is also effectiveFrom order. */
  inForce: VersionInForce[];
  joined: JoinedParty[];
  withdrawals: Withdrawal[];
  reviews: AnnualReview[];
  /** Once obligations met, in recorded order. */
  fulfilments: Fulfilment[];
  termination?: Termination;
  /** The corrections and retractions of its facts, oldest first; the facts above are as corrected. */
  corrections?: Correction[];
}

export const initialAgreementState: AgreementState = {
  exists: false,
  agreementId: '',
  kind: '',
  versions: [],
  inForce: [],
  joined: [],
  withdrawals: [],
  reviews: [],
  fulfilments: [],
};

/** One stretch of a party's membership in a version; a party that withdraws and rejoins has two. */
export interface PartyOfAgreement {
  partyId: string;
  partyType: PartyType;
  role: Role;
  /** The first day the party is a party: its own joinsOn, else the start of the version's term. */
  joinsOn: CalendarDate;
  /** The last day it is a party, when it has withdrawn. */
  withdrawnOn?: CalendarDate;
}

export function latestVersion(state: AgreementState): AgreementVersion | undefined {
  return state.versions.at(-1);
}

export function findVersion(state: AgreementState, version: number): AgreementVersion | undefined {
  return state.versions.find((candidate) => candidate.version === version);
}

export function versionInForceOn(state: AgreementState, date: CalendarDate): VersionInForce | undefined {
  return state.inForce.filter((entry) => entry.effectiveFrom <= date).at(-1);
}

/** The version a reader is shown on a date: the one in force then, else the latest draft. */
export function shownVersionOn(state: AgreementState, date: CalendarDate): { shown: AgreementVersion; inForce?: VersionInForce } | undefined {
  const inForce = versionInForceOn(state, date);
  const shown = (inForce && findVersion(state, inForce.version)) || latestVersion(state);
  return shown && { shown, inForce };
}

/** The parties a version names, in its terms' order, then those who joined and are not named there. */
export function namedParties(state: AgreementState, version: AgreementVersion): { partyId: string; role: Role; joinsOn?: CalendarDate }[] {
  const listed = version.terms.parties.map(({ partyId, role, joinsOn }) => ({ partyId, role, ...(joinsOn && { joinsOn }) }));
  const listedIds = new Set(listed.map((party) => party.partyId));
  const joined = state.joined.filter((join) => !listedIds.has(join.partyId)).map(({ partyId, role, joinsOn }) => ({ partyId, role, joinsOn }));
  return [...listed, ...joined];
}

/** Every party the agreement has ever named or taken in, in any version. */
export function everyPartyId(state: AgreementState): string[] {
  const ids = new Set<string>();
  for (const version of state.versions) for (const party of version.terms.parties) ids.add(party.partyId);
  for (const join of state.joined) ids.add(join.partyId);
  return [...ids];
}

/**
 * Whether the party's membership of an in-force version starts after the version entered into force, so that its
 * decision or signature can start its obligations. Cheap, since read models ask it on most events: a listed party
 * without its own joinsOn joins on the term's start, which entry into force never precedes.
 */
export function joinsAfterEntryIntoForce(state: AgreementState, version: number, partyId: string): boolean {
  const entry = state.inForce.find((candidate) => candidate.version === version);
  if (!entry) return false;
  const listed = findVersion(state, version)?.terms.parties ?? [];
  return (
    listed.some((party) => party.partyId === partyId && party.joinsOn !== undefined && party.joinsOn > entry.effectiveFrom) ||
    state.joined.some((join) => join.partyId === partyId && join.joinsOn > entry.effectiveFrom)
  );
}

/** The parties named in the version's terms followed by those who joined at or before it. */
export function partiesOf(state: AgreementState, version: number): PartyOfAgreement[] {
  const found = findVersion(state, version);
  if (!found) return [];
  const listed = found.terms.parties.map(({ partyId, partyType, role, joinsOn }) => ({
    partyId,
    partyType,
    role,
    joinsOn: joinsOn ?? found.terms.term.startsOn,
  }));
  const listedIds = new Set(listed.map((party) => party.partyId));
  // A revision lists earlier joiners in its own terms; a join at this very version is a rejoin after withdrawal.
  const joined = state.joined
    .filter((join) => join.atVersion === version || (join.atVersion < version && !listedIds.has(join.partyId)))
    .map(({ partyId, partyType, role, joinsOn }) => ({ partyId, partyType, role, joinsOn }));
  const memberships = [...listed, ...joined];
  return memberships.map((membership) => withWithdrawal(state, membership, memberships));
}

/** A withdrawal ends the membership it falls in: from the day before joining up to the next rejoin. */
function withWithdrawal(
  state: AgreementState,
  membership: PartyOfAgreement,
  memberships: PartyOfAgreement[],
): PartyOfAgreement {
  const nextJoin = memberships
    .filter((other) => other.partyId === membership.partyId && other.joinsOn > membership.joinsOn)
    .map((other) => other.joinsOn)
    .sort()[0];
  const withdrawal = state.withdrawals.find(
    (candidate) =>
      candidate.partyId === membership.partyId &&
      candidate.effectiveOn >= addDays(membership.joinsOn, -1) &&
      (nextJoin === undefined || candidate.effectiveOn < nextJoin),
  );
  return withdrawal ? { ...membership, withdrawnOn: withdrawal.effectiveOn } : membership;
}

/** The party's latest membership in the latest version, if it is or was a party of it. */
export function currentMembership(state: AgreementState, partyId: string): PartyOfAgreement | undefined {
  const latest = latestVersion(state);
  if (!latest) return undefined;
  return partiesOf(state, latest.version)
    .filter((party) => party.partyId === partyId)
    .sort((a, b) => (a.joinsOn < b.joinsOn ? -1 : 1))
    .at(-1);
}

/** Parties that must have approved and signed a version for it to apply on the date. */
export function duePartyIds(state: AgreementState, version: number, date: CalendarDate): string[] {
  const due = partiesOf(state, version).filter(
    (party) => party.joinsOn <= date && (party.withdrawnOn === undefined || party.withdrawnOn >= date),
  );
  return [...new Set(due.map((party) => party.partyId))];
}

/** The body whose decision the version's terms require of the party; undefined when any body's counts. */
export function competentBodyOf(state: AgreementState, partyId: string, version: number): ApprovalBy | undefined {
  return findVersion(state, version)?.terms.parties.find((party) => party.partyId === partyId)?.approvalBy;
}

const bodyName = (body: string) => body.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/**
 * Why an approval or rejection cannot count as the party's, if it cannot: another body made it. Other outcomes
 * decide nothing whichever body records them (a committee proposing to the board is how the board gets the case).
 */
export function whyDecisionDoesNotCount(
  state: AgreementState,
  decision: Pick<BoardDecision, 'partyId' | 'body' | 'version' | 'outcome'>,
): string | undefined {
  if (decision.outcome !== 'approved' && decision.outcome !== 'rejected') return undefined;
  const competent = competentBodyOf(state, decision.partyId, decision.version);
  if (!competent || (decision.body !== undefined && bodyName(competent.body) === bodyName(decision.body))) return undefined;
  const basis = competent.basis ? ` (${competent.basis})` : '';
  const made = decision.body === undefined ? 'and the body that decided is not known' : `not of ${decision.body}`;
  return `the terms require a decision of ${competent.body}${basis}, ${made}`;
}

/** For a refusal to say: why the party's latest recorded approval of the version does not count, if that is so. */
export function whyApprovalDoesNotCount(state: AgreementState, partyId: string, version: number): string {
  const uncounted = (findVersion(state, version)?.decisions ?? []).findLast(
    (decision) => decision.partyId === partyId && decision.outcome === 'approved' && whyDecisionDoesNotCount(state, decision),
  );
  return uncounted ? `: its approval of ${uncounted.meetingDate} does not count, as ${whyDecisionDoesNotCount(state, uncounted)}` : '';
}

/** A recorded decision that approves or rejects nothing, as the body that made it is not the one the terms require. */
export interface UncountedDecision {
  partyId: string;
  version: number;
  body?: string;
  meetingDate: CalendarDate;
  section?: string;
  reason: string;
}

export function uncountedDecisions(state: AgreementState): UncountedDecision[] {
  return state.versions.flatMap((version) =>
    version.decisions.flatMap(({ partyId, body, meetingDate, section, outcome }) => {
      const reason = whyDecisionDoesNotCount(state, { partyId, body, version: version.version, outcome });
      return reason ? [{ partyId, version: version.version, body, meetingDate, section, reason }] : [];
    }),
  );
}

/**
 * The decision by which the party approved the version: its latest approving-or-rejecting decision by the body the
 * terms require (in recorded order, up to the date if given), provided that decision approved. Tabling, returning
 * and proposing to a higher body decide nothing; another body's decision is recorded but decides nothing either.
 */
export function approvingDecision(
  state: AgreementState,
  partyId: string,
  version: number,
  onDate?: CalendarDate,
): BoardDecision | undefined {
  const deciding = (findVersion(state, version)?.decisions ?? []).filter(
    (decision) =>
      decision.partyId === partyId &&
      (decision.outcome === 'approved' || decision.outcome === 'rejected') &&
      (onDate === undefined || decision.meetingDate <= onDate) &&
      whyDecisionDoesNotCount(state, decision) === undefined,
  );
  const last = deciding.at(-1);
  return last?.outcome === 'approved' ? last : undefined;
}

export function hasApproved(state: AgreementState, partyId: string, version: number, onDate?: CalendarDate): boolean {
  return approvingDecision(state, partyId, version, onDate) !== undefined;
}

export function signatureOf(
  state: AgreementState,
  partyId: string,
  version: number,
  onDate?: CalendarDate,
): Signature | undefined {
  return findVersion(state, version)?.signatures.find(
    (signature) => signature.partyId === partyId && (onDate === undefined || signature.signedOn <= onDate),
  );
}

export function hasSigned(state: AgreementState, partyId: string, version: number, onDate?: CalendarDate): boolean {
  return signatureOf(state, partyId, version, onDate) !== undefined;
}
