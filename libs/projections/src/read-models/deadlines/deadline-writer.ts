import type { SqlConnection } from '../../engine/sql-connection';
import type { DeadlineChanges } from './project';

/** Writes an agreement's deadline rows with prepared statements, inside the engine's transaction. */
export class DeadlineWriter {
  private readonly sql;

  constructor(db: SqlConnection) {
    this.sql = {
      delete: db.prepare('DELETE FROM deadlines WHERE agreement_id = ?'),
      insert: db.prepare('INSERT INTO deadlines (agreement_id, date, type, party_id, deadline) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  write({ agreementId, replace, insert }: DeadlineChanges): void {
    if (replace) this.sql.delete.run(agreementId);
    for (const row of insert) this.sql.insert.run(row.agreementId, row.date, row.type, row.partyId, row.deadline);
  }
}
