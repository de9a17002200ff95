import type Database from 'better-sqlite3';

/** What a rebuild needs to carry on with an agreement: its read-side state as written, and its open obligation rows. */
export interface SpilledAgreement {
  stateJson: string;
  termsJson: string;
  revision: number;
  position: number;
  open: Map<string, number>;
}

/**
 * Agreements a rebuild let go of from memory. Its writes go to a SqlThread and stay out of reach of any other
 * connection until the commit, and asking the thread would wait for every write queued before the question; so
 * an agreement leaving memory is kept here, in a temporary table of this thread's own connection (memory stays
 * bounded: SQLite spills it to a temporary file), and taken back from here when a later event needs it.
 */
export class SpilledAgreements {
  private readonly sql: { put: Database.Statement; take: Database.Statement };

  constructor(private readonly db: Database.Database) {
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS spilled_agreements ' +
        '(agreement_id TEXT PRIMARY KEY, state TEXT NOT NULL, terms TEXT NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL, open TEXT NOT NULL)',
    );
    // One transaction for the whole rebuild, where each write would otherwise be one (a journal made and deleted):
    // it takes no lock on the read-model file, only the temporary table is written.
    db.exec('BEGIN');
    this.sql = {
      put: db.prepare('INSERT OR REPLACE INTO temp.spilled_agreements (agreement_id, state, terms, revision, position, open) VALUES (?, ?, ?, ?, ?, ?)'),
      take: db.prepare('SELECT state, terms, revision, position, open FROM temp.spilled_agreements WHERE agreement_id = ?').raw(),
    };
  }

  put(agreementId: string, agreement: SpilledAgreement): void {
    this.sql.put.run(agreementId, agreement.stateJson, agreement.termsJson, agreement.revision, agreement.position, JSON.stringify([...agreement.open]));
  }

  /** The agreement as last put; it stays here (to be replaced when it leaves memory again), as deleting costs more. */
  take(agreementId: string): SpilledAgreement | undefined {
    const row = this.sql.take.get(agreementId) as [string, string, number, number, string] | undefined;
    if (!row) return undefined;
    return { stateJson: row[0], termsJson: row[1], revision: row[2], position: row[3], open: new Map(JSON.parse(row[4]) as [string, number][]) };
  }

  /** Forgets every agreement, and frees the table's pages, once the rebuild is over, committed or not. */
  clear(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.exec('DROP TABLE IF EXISTS temp.spilled_agreements');
  }
}
