import type { ObligationRow } from '@pacta/domain';
import { SET_META_SQL } from '../../engine/schema';
import type { SqlConnection, SqlStatement } from '../../engine/sql-connection';
import { obligationRowKey, withUniqueKey, type ObligationTermsRow } from './project';
import { OBLIGATIONS_CHANGED_AT } from './schema';

/** When an event's changes are recorded: its log position and recordedAt. */
export interface RecordedAt {
  position: number;
  at: string;
}

/**
 * Writes obligation rows with prepared statements, inside the engine's transaction, and with the batch the position
 * of the last change (OBLIGATIONS_CHANGED_AT), by which ObligationQueries knows which kept pages still hold.
 */
export class ObligationWriter {
  private readonly sql;
  /** The position of the last event that inserted or closed an obligation row, not yet written to meta. */
  private changedAt?: number;

  constructor(db: SqlConnection) {
    this.sql = {
      insert: db.prepare(
        'INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, ' +
          'valid_from, valid_to, assumed, recorded_from_position, recorded_from_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      close: db.prepare('UPDATE obligations SET recorded_to_position = ?, recorded_to_at = ? WHERE id = ?'),
      insertTerms: db.prepare('INSERT OR IGNORE INTO obligation_terms (agreement_id, version, obligation_id, terms) VALUES (?, ?, ?, ?)'),
      setMeta: db.prepare(SET_META_SQL),
    };
  }

  writeTerms(rows: ObligationTermsRow[]): void {
    for (const { agreementId, version, obligationId, terms } of rows) this.sql.insertTerms.run(agreementId, version, obligationId, terms);
  }

  close(ids: number[], recorded: RecordedAt): void {
    for (const id of ids) this.sql.close.run(recorded.position, recorded.at, id);
    if (ids.length) this.changedAt = recorded.position;
  }

  insert(rows: { id: number; row: ObligationRow }[], recorded: RecordedAt): void {
    for (const { id, row } of rows) {
      this.sql.insert.run(
        id,
        row.agreementId,
        row.kind,
        row.version,
        row.obligationId,
        row.type,
        row.partyId,
        row.partyType,
        row.role,
        row.validFrom,
        row.validTo,
        row.assumed ? 1 : null,
        recorded.position,
        recorded.at,
      );
    }
    if (rows.length) this.changedAt = recorded.position;
  }

  /** Ends the batch: records where obligations last changed, if they did. */
  flush(): void {
    if (this.changedAt !== undefined) this.sql.setMeta.run(OBLIGATIONS_CHANGED_AT, String(this.changedAt));
    this.changedAt = undefined;
  }
}

/** An agreement's open obligation rows as the table holds them, keyed as projectObligations keys them. */
export function openRowsStatement(db: SqlConnection): (agreementId: string) => Map<string, number> {
  const statement: SqlStatement = db
    .prepare(
      'SELECT id, version, obligation_id, party_id, role, valid_from, valid_to, assumed ' +
        'FROM obligations WHERE agreement_id = ? AND recorded_to_position IS NULL ORDER BY id',
    )
    .raw();
  return (agreementId) => {
    const rows = statement.all(agreementId) as [number, number, string, string, ObligationRow['role'], string, string | null, 1 | null][];
    return withUniqueKey(
      rows.map(([id, version, obligationId, partyId, role, validFrom, validTo, assumed]): [string, number] => [
        obligationRowKey({ version, obligationId, partyId, role, validFrom, validTo, ...(assumed && { assumed: true }) }),
        id,
      ]),
    );
  };
}
