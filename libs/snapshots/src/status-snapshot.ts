import {
  addDays,
  deadlinesOf,
  findVersion,
  InvalidSnapshot,
  obligationRows,
  partiesOf,
  reviewDueOn,
  signatureOf,
  statusOn,
  versionInForceOn,
  whyDecisionDoesNotCount,
  type AgreementState,
  type AgreementStatus,
  type CalendarDate,
  type CostShare,
  type DeadlineType,
  type Finding,
  type LocalizedText,
  type Location,
  type Selector,
  type SnapshotScope,
} from '@pacta/domain';

/** Bumped (with a new builder beside the old one) whenever a change would alter the bytes of an existing snapshot. */
export const SNAPSHOT_DOCUMENT_VERSION = 2;

export interface SnapshotRequest {
  scope: SnapshotScope;
  on: CalendarDate;
  title: string;
}

/** One event of an agreement stream, as the log holds it. */
export interface SnapshotSourceEvent {
  position: number;
  revision: number;
  type: string;
  data: unknown;
}

export interface SnapshotSourceAgreement {
  state: AgreementState;
  /** The stream's events after its last AnnualReviewRecorded (all of them when it has none). */
  sinceLastReview: SnapshotSourceEvent[];
}

export interface SnapshotSourceParty {
  name: LocalizedText;
  type: string;
}

/** The log folded up to one position: everything a snapshot document is made of. */
export interface SnapshotSource {
  asOfPosition: number;
  /** The audit heads digest of the log at asOfPosition. */
  heads: string;
  /** The signed checkpoint of the transparency log at asOfPosition; without it, the document is built as version 1. */
  checkpoint?: string;
  agreements: SnapshotSourceAgreement[];
  parties: Record<string, SnapshotSourceParty>;
}

export interface SnapshotParty {
  partyId: string;
  name: LocalizedText | null;
  partyType: string;
  role: string;
  joinsOn: CalendarDate;
  withdrawnOn: CalendarDate | null;
  decisions: {
    /** null: an assumed decision whose body the documents do not name. */
    body: string | null;
    meetingDate: CalendarDate;
    section: string | null;
    diaryNumber: string | null;
    outcome: string;
    unanimous: boolean | null;
    vote: { for: number; against: number; abstained?: number } | null;
    assumed?: string;
    /** Only on a decision by another body than the terms require: why it approves nothing. */
    doesNotCount?: string;
    procedure?: 'meeting' | 'electronic';
    referredTo?: string;
  }[];
  /** name and title null: an assumed signature whose signatory the documents do not name. */
  signature: { name: string | null; title: string | null; authority: string; signedOn: CalendarDate; method: string; assumed?: string } | null;
  /** The note of an assumed joining. */
  assumed?: string;
}

export interface SnapshotFinding {
  year: number;
  heldOn: CalendarDate;
  status: Finding['status'];
  note: string | null;
}

export interface SnapshotObligation {
  obligationId: string;
  type: string;
  description: LocalizedText;
  beneficiary: Selector | null;
  clause: string | null;
  costShare: CostShare | null;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
  latestFinding: SnapshotFinding | null;
  /** Present when the obligation rests on an assumed record, which the parties' table marks with its note. */
  assumed?: true;
  /** Present only when the terms give them, so that documents of earlier terms keep their digest. */
  location?: Location;
  dueOn?: CalendarDate;
  overdue?: boolean;
}

export interface SnapshotAgreement {
  agreementId: string;
  kind: string;
  title: LocalizedText;
  diaryNumber: string | null;
  term: { startsOn: CalendarDate; endsOn: CalendarDate | null };
  status: AgreementStatus;
  version: number;
  versionInForce: number | null;
  latestVersion: number;
  predecessorId: string | null;
  termination: { effectiveOn: CalendarDate; reason: string; assumed?: string } | null;
  /** The notes of the assumed records the shown version rests on: its terms, its entry into force. */
  assumed?: string[];
  review: {
    latest: {
      year: number;
      heldOn: CalendarDate;
      meeting: string;
      nextReviewDue: CalendarDate | null;
      actions: string[];
      assumed?: string;
    } | null;
    due: CalendarDate | null;
    overdue: boolean;
  };
  parties: SnapshotParty[];
  obligations: { partyId: string; name: LocalizedText | null; obligations: SnapshotObligation[] }[];
  sinceLastReview: { reviewYear: number | null; events: SnapshotSourceEvent[] };
}

export interface SnapshotDeadline {
  date: CalendarDate;
  type: DeadlineType;
  agreementId: string;
  partyId: string | null;
  reviewYear: number | null;
  /** Only for obligation-due. */
  obligationId?: string;
}

/**
 * A status snapshot: a function of the request and of the log up to asOfPosition only, with no clock and no id in
 * it, so the same request at the same position gives the same RFC 8785 bytes.
 */
export interface StatusSnapshot {
  document: 'pacta-status-snapshot';
  documentVersion: 1 | typeof SNAPSHOT_DOCUMENT_VERSION;
  title: string;
  scope: SnapshotScope;
  on: CalendarDate;
  asOfPosition: number;
  heads: string;
  /** Version 2: the signed checkpoint of the whole log at asOfPosition, which pins every event up to it. */
  checkpoint?: string;
  party: { partyId: string; name: LocalizedText; partyType: string } | null;
  agreements: SnapshotAgreement[];
  overdueReviews: { agreementId: string; title: LocalizedText; due: CalendarDate }[];
  /** From `on` through the day before the same date a year later, both inclusive. */
  deadlines: { from: CalendarDate; to: CalendarDate; items: SnapshotDeadline[] };
}

export function buildStatusSnapshot(request: SnapshotRequest, source: SnapshotSource): StatusSnapshot {
  const { scope, on, title } = request;
  const partyId = 'partyId' in scope ? scope.partyId : undefined;
  const party = partyId === undefined ? undefined : source.parties[partyId];
  if (partyId !== undefined && !party) {
    throw new InvalidSnapshot(`party ${partyId} was not registered at position ${source.asOfPosition}`, 'scope.partyId');
  }
  const inScope = source.agreements
    .filter(({ state }) => state.exists && covers(scope, state))
    .sort((a, b) => (a.state.agreementId < b.state.agreementId ? -1 : 1));
  if ('agreementId' in scope && inScope.length === 0) {
    throw new InvalidSnapshot(`agreement ${scope.agreementId} did not exist at position ${source.asOfPosition}`, 'scope.agreementId');
  }
  const agreements = inScope.map((agreement) => agreementSnapshot(agreement, on, source.parties, partyId));
  const to = addDays(oneYearAfter(on), -1);
  return {
    document: 'pacta-status-snapshot',
    // Version 1 is this document without the checkpoint: snapshots recorded before it regenerate as they were.
    documentVersion: source.checkpoint === undefined ? 1 : SNAPSHOT_DOCUMENT_VERSION,
    title,
    scope,
    on,
    asOfPosition: source.asOfPosition,
    heads: source.heads,
    ...(source.checkpoint !== undefined && { checkpoint: source.checkpoint }),
    party: party && partyId ? { partyId, name: party.name, partyType: party.type } : null,
    agreements,
    overdueReviews: agreements
      .filter((agreement) => agreement.review.overdue)
      .map(({ agreementId, title: agreementTitle, review }) => ({ agreementId, title: agreementTitle, due: review.due! })),
    deadlines: {
      from: on,
      to,
      items: inScope
        .flatMap(({ state }) => deadlinesOf(state))
        .filter((deadline) => deadline.date >= on && deadline.date <= to)
        .filter((deadline) => partyId === undefined || deadline.partyId === undefined || deadline.partyId === partyId)
        .map(({ date, type, agreementId, partyId: deadlineParty, reviewYear, obligationId }) => ({
          date,
          type,
          agreementId,
          partyId: deadlineParty ?? null,
          reviewYear: reviewYear ?? null,
          ...(obligationId && { obligationId }),
        }))
        .sort(byDeadline),
    },
  };
}

function covers(scope: SnapshotScope, state: AgreementState): boolean {
  if ('agreementId' in scope) return state.agreementId === scope.agreementId;
  if ('kind' in scope) return state.kind === scope.kind;
  return (
    state.versions.some((version) => version.terms.parties.some((party) => party.partyId === scope.partyId)) ||
    state.joined.some((join) => join.partyId === scope.partyId)
  );
}

function agreementSnapshot(
  { state, sinceLastReview }: SnapshotSourceAgreement,
  on: CalendarDate,
  parties: Record<string, SnapshotSourceParty>,
  onlyParty: string | undefined,
): SnapshotAgreement {
  const inForce = versionInForceOn(state, on);
  const shown = (inForce && findVersion(state, inForce.version)) || state.versions.at(-1)!;
  const { title, diaryNumber, term } = shown.terms;
  const review = reviewDueOn(state, on);
  const latestReview = state.reviews.at(-1);
  const memberships = partiesOf(state, shown.version);
  const rows = obligationRows(state).filter(
    (row) => row.validFrom <= on && (row.validTo === null || row.validTo >= on) && (onlyParty === undefined || row.partyId === onlyParty),
  );
  const versionNotes = [shown, inForce].flatMap((record) => (record?.assumed ? [record.assumed.note] : []));
  const obliged = [...new Set([...memberships.map((party) => party.partyId), ...rows.map((row) => row.partyId)])].filter((id) =>
    rows.some((row) => row.partyId === id),
  );
  return {
    agreementId: state.agreementId,
    kind: state.kind,
    title,
    diaryNumber: diaryNumber ?? null,
    term,
    status: statusOn(state, on),
    version: shown.version,
    versionInForce: inForce?.version ?? null,
    latestVersion: state.versions.at(-1)!.version,
    predecessorId: state.predecessorId ?? null,
    termination: state.termination
      ? { effectiveOn: state.termination.effectiveOn, reason: state.termination.reason, ...noteOf(state.termination) }
      : null,
    ...(versionNotes.length > 0 && { assumed: versionNotes }),
    review: {
      latest: latestReview
        ? {
            year: latestReview.year,
            heldOn: latestReview.heldOn,
            meeting: latestReview.meeting,
            nextReviewDue: latestReview.nextReviewDue ?? null,
            actions: latestReview.actions,
            ...noteOf(latestReview),
          }
        : null,
      due: review.due,
      overdue: review.overdue,
    },
    parties: memberships.map((membership): SnapshotParty => {
      const signature = signatureOf(state, membership.partyId, shown.version, on);
      return {
        partyId: membership.partyId,
        name: parties[membership.partyId]?.name ?? null,
        partyType: membership.partyType,
        role: membership.role,
        joinsOn: membership.joinsOn,
        withdrawnOn: membership.withdrawnOn ?? null,
        ...noteOf(state.joined.find((join) => join.partyId === membership.partyId && join.joinsOn === membership.joinsOn)),
        decisions: shown.decisions
          .filter((decision) => decision.partyId === membership.partyId && decision.meetingDate <= on)
          .map((decision) => ({
            body: decision.body ?? null,
            meetingDate: decision.meetingDate,
            section: decision.section ?? null,
            diaryNumber: decision.diaryNumber ?? null,
            outcome: decision.outcome,
            unanimous: decision.unanimous ?? null,
            vote: decision.vote ?? null,
            ...noteOf(decision),
            ...optional('doesNotCount', whyDecisionDoesNotCount(state, decision)),
            ...optional('procedure', decision.procedure),
            ...optional('referredTo', decision.referredTo),
          })),
        signature: signature
          ? {
              name: signature.signatory?.name ?? null,
              title: signature.signatory?.title ?? null,
              authority: signature.authority,
              signedOn: signature.signedOn,
              method: signature.method,
              ...noteOf(signature),
            }
          : null,
      };
    }),
    obligations: obliged.map((partyId) => ({
      partyId,
      name: parties[partyId]?.name ?? null,
      obligations: rows
        .filter((row) => row.partyId === partyId)
        .map((row) => ({
          obligationId: row.obligationId,
          type: row.type,
          description: row.description,
          beneficiary: row.beneficiary ?? null,
          clause: row.clause ?? null,
          costShare: row.costShare ?? null,
          validFrom: row.validFrom,
          validTo: row.validTo,
          latestFinding: latestFinding(state, row.obligationId, partyId),
          ...(row.assumed && { assumed: row.assumed }),
          ...optional('location', row.location),
          ...optional('dueOn', row.dueOn),
          ...optional('overdue', row.overdue),
        })),
    })),
    sinceLastReview: { reviewYear: latestReview?.year ?? null, events: sinceLastReview },
  };
}

/**
 * An assumed record's note, as a field only when there is one: a snapshot of records without assumptions keeps the
 * bytes it had before facts could be assumed.
 */
function noteOf(record: { assumed?: { note: string } } | undefined): { assumed?: string } {
  return record?.assumed ? { assumed: record.assumed.note } : {};
}

/** `{ [key]: value }`, or nothing when the value is absent: what earlier documents never had stays out of them. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function latestFinding(state: AgreementState, obligationId: string, partyId: string): SnapshotFinding | null {
  for (let i = state.reviews.length - 1; i >= 0; i--) {
    const review = state.reviews[i];
    const finding = review.findings?.findLast((f) => f.obligationId === obligationId && f.partyId === partyId);
    if (finding) return { year: review.year, heldOn: review.heldOn, status: finding.status, note: finding.note ?? null };
  }
  return null;
}

/** The same day a year later; 29 February becomes 1 March. */
function oneYearAfter(date: CalendarDate): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
}

function byDeadline(a: SnapshotDeadline, b: SnapshotDeadline): number {
  const key = (d: SnapshotDeadline) => [d.date, d.agreementId, d.type, d.partyId ?? ''];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}
