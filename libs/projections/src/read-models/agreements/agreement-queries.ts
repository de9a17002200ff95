import type Database from 'better-sqlite3';
import {
  latestVersion,
  namedParties,
  reviewDueOn,
  shownVersionOn,
  statusOn,
  type AgreementState,
  type AgreementStatus,
  type CalendarDate,
  type LocalizedText,
} from '@pacta/domain';
import { AGREEMENT_BY_ID_SQL, TERMS_BY_VERSION_SQL, withTerms, type StoredAgreementRow } from '../../read-side-state';
import { preparedWhenUsed } from '../prepared-when-used';

export interface AgreementSummary {
  id: string;
  kind: string;
  title: LocalizedText;
  diaryNumber?: string;
  term: { startsOn: CalendarDate; endsOn: CalendarDate | null };
  status: AgreementStatus;
  latestVersion: number;
  versionInForce: number | null;
  parties: { partyId: string; role: string; joinsOn?: CalendarDate }[];
  predecessorId: string | null;
  successorIds: string[];
  /** The nextReviewDue of the latest review, and whether it has passed on `on` while the agreement is in force. */
  reviewDue: CalendarDate | null;
  reviewOverdue: boolean;
  revision: number;
}

export interface AgreementFilter {
  on: CalendarDate;
  partyId?: string;
  kind?: string;
  status?: string;
}

const AGREEMENT_COLUMNS = `a.agreement_id, a.kind, a.revision, a.state, ${TERMS_BY_VERSION_SQL}`;

/** The agreements read model: each agreement's state as of the last event projected, and who its parties are. */
export class AgreementQueries {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = preparedWhenUsed({
      agreement: () => db.prepare(AGREEMENT_BY_ID_SQL).raw(),
      agreements: () => db.prepare(`SELECT ${AGREEMENT_COLUMNS} FROM agreements a ORDER BY a.agreement_id`).raw(),
      agreementsOfParty: () => db
        .prepare(
          `SELECT ${AGREEMENT_COLUMNS} FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.agreement_id ` +
            'WHERE p.party_id = ? ORDER BY a.agreement_id',
        )
        .raw(),
      successors: () => db.prepare('SELECT agreement_id, predecessor_id FROM agreements WHERE predecessor_id IS NOT NULL ORDER BY agreement_id').raw(),
    });
  }

  state(agreementId: string): { state: AgreementState; revision: number } | undefined {
    const row = this.sql.agreement.get(agreementId) as StoredAgreementRow | undefined;
    return row ? { state: withTerms(row[0], row[1]), revision: row[2] } : undefined;
  }

  list(filter: AgreementFilter): AgreementSummary[] {
    const rows = (
      filter.partyId ? this.sql.agreementsOfParty.all(filter.partyId) : this.sql.agreements.all()
    ) as [string, string, number, string, string | null][];
    const successors = new Map<string, string[]>();
    for (const [id, predecessorId] of this.sql.successors.all() as [string, string][]) {
      successors.set(predecessorId, [...(successors.get(predecessorId) ?? []), id]);
    }
    return rows
      .filter(([, kind]) => filter.kind === undefined || kind === filter.kind)
      .map(([, , revision, state, terms]) => toSummary(withTerms(state, terms), revision, filter.on, successors))
      .filter((summary) => filter.status === undefined || summary.status === filter.status);
  }
}

function toSummary(state: AgreementState, revision: number, on: CalendarDate, successors: Map<string, string[]>): AgreementSummary {
  const { shown, inForce } = shownVersionOn(state, on)!;
  const { title, diaryNumber, term } = shown.terms;
  const review = reviewDueOn(state, on);
  return {
    id: state.agreementId,
    kind: state.kind,
    title,
    ...(diaryNumber !== undefined && { diaryNumber }),
    term,
    status: statusOn(state, on),
    latestVersion: latestVersion(state)!.version,
    versionInForce: inForce?.version ?? null,
    parties: namedParties(state, shown),
    predecessorId: state.predecessorId ?? null,
    successorIds: successors.get(state.agreementId) ?? [],
    reviewDue: review.due,
    reviewOverdue: review.overdue,
    revision,
  };
}
