import { findVersion, mayChangeObligations, obligationRows, type AgreementEvent, type AgreementState, type ObligationRow } from '@pacta/domain';

/** The agreement's open (not yet superseded) obligation rows as written: row id by key (obligationRowKey). */
export type OpenRows = ReadonlyMap<string, number>;

export interface ObligationTermsRow {
  agreementId: string;
  version: number;
  obligationId: string;
  /** What the obligation's terms say (description, beneficiary, clause, cost share, recurrence, due date, place) as JSON. */
  terms: string;
}

/** What one agreement event changes in the obligations read model. */
export interface ObligationChanges {
  /** Open rows the event supersedes: their recorded time ends at the event. */
  close: { key: string; id: number }[];
  /** New open rows, recorded from the event, each under its key; the engine gives them their ids. */
  insert: { key: string; row: ObligationRow }[];
  /** obligation_terms rows of a version entering into force; a row already there stays. */
  terms: ObligationTermsRow[];
}

/**
 * The columns of an obligation row that identify it: anything else follows from its agreement version. Who the
 * beneficiaries are is the selector in the terms, so a party joining does not change the others' rows.
 */
export function obligationRowKey(
  row: Pick<ObligationRow, 'version' | 'obligationId' | 'partyId' | 'role' | 'validFrom' | 'validTo' | 'assumed'>,
): string {
  return `${row.version}|${row.obligationId}|${row.partyId}|${row.role}|${row.validFrom}|${row.validTo ?? ''}${row.assumed ? '|assumed' : ''}`;
}

/** Keys in order of appearance; a (never yet seen) exact repeat gets #2, #3, … so that no row is lost. */
export function withUniqueKey<T>(entries: [string, T][]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const [base, value] of entries) {
    let key = base;
    for (let n = 2; byKey.has(key); n++) key = `${base}#${n}`;
    byKey.set(key, value);
  }
  return byKey;
}

/**
 * What `event`, which made `state`, changes in the obligations read model: the open rows that `state` no longer
 * yields are closed and the rows it newly yields are opened; rows it still yields stay as they are. `open` gives the
 * open rows as written, and is asked only when the event can change obligations at all.
 */
export function projectObligations(agreementId: string, state: AgreementState, event: AgreementEvent, open: () => OpenRows): ObligationChanges {
  const changes: ObligationChanges = { close: [], insert: [], terms: [] };
  if (event.type === 'VersionEnteredIntoForce') changes.terms = termsRowsOf(agreementId, state, event.data.version);
  if (!mayChangeObligations(state, event)) return changes;
  const written = open();
  const current = withUniqueKey(obligationRows(state).map((row): [string, ObligationRow] => [obligationRowKey(row), row]));
  for (const [key, id] of written) if (!current.has(key)) changes.close.push({ key, id });
  for (const [key, row] of current) if (!written.has(key)) changes.insert.push({ key, row });
  return changes;
}

function termsRowsOf(agreementId: string, state: AgreementState, version: number): ObligationTermsRow[] {
  const terms = findVersion(state, version)?.terms;
  return (terms?.obligations ?? []).map(({ id, description, beneficiary, clause, costShare, recurrence, dueOn, at }) => {
    const location = terms?.locations?.find((candidate) => candidate.id === at);
    return {
      agreementId,
      version,
      obligationId: id,
      terms: JSON.stringify({ description, beneficiary, clause, costShare, recurrence, dueOn, location }),
    };
  });
}
