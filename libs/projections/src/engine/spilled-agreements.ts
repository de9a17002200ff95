import type Database from 'better-sqlite3';
import { termsJsonOf } from '../read-models/agreements/read-side-state';
import type { AgreementBacking, CachedAgreement, StoredAgreement } from './agreement-states';

/**
 * Agreements a rebuild let go of from memory. Its writes go to a SqlThread and stay out of reach of any other
 * connection until the commit, and asking the thread would wait for every write queued before the question; so
 * an agreement leaving memory is kept here, in a temporary table of this thread's own connection (memory stays
 * bounded: SQLite spills it to a temporary file), with its read-side state as written and its open obligation rows,
 * and taken back from here when a later event needs it. One found neither in memory nor here is new.
 */
export class SpilledAgreements implements AgreementBacking {
  readonly keepsWrittenJson = true;
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

  release({ agreementId, state, agreement, stateJson, revision, position, open }: CachedAgreement): void {
    const termsJson = termsJsonOf(state, agreement!.versions);
    this.sql.put.run(agreementId, stateJson!, termsJson, revision, position, JSON.stringify([...open!]));
  }

  /** The agreement as last released; it stays here (to be replaced when it leaves memory again), as deleting costs more. */
  load(agreementId: string): StoredAgreement | undefined {
    const row = this.sql.take.get(agreementId) as [string, string, number, number, string] | undefined;
    if (!row) return undefined;
    return { stateJson: row[0], termsJson: row[1], revision: row[2], position: row[3], open: new Map(JSON.parse(row[4]) as [string, number][]) };
  }

  /** Every agreement released here carries its open rows, and one never released is new: it has none. */
  openRowsOf(): Map<string, number> {
    return new Map();
  }

  /** Forgets every agreement, and frees the table's pages, once the rebuild is over, committed or not. */
  clear(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.exec('DROP TABLE IF EXISTS temp.spilled_agreements');
  }
}
