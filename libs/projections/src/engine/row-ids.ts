import type { SqlConnection } from './sql-connection';

/**
 * Row ids given here, not taken from the insert: on a SqlThread an insert is only queued. Whoever takes one lives no
 * longer than the transaction that made it sure of the table (the runner makes a new projector whenever another
 * runner may have written).
 */
export class RowIds {
  private next: number;

  constructor(db: SqlConnection, table: string) {
    this.next = (db.prepare(`SELECT COALESCE(MAX(id), 0) FROM ${table}`).pluck().get() as number) + 1;
  }

  take(): number {
    return this.next++;
  }
}
