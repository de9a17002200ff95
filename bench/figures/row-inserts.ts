import { openReadModelsDb } from '@pacta/projections';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { seconds } from '../harness/timing';

/** Rows in each insert transaction: large, as a rebuild's one transaction is, while holding a bounded batch in memory. */
const ROWS_A_TRANSACTION = 100_000;

export interface RowInserts {
  rows: number;
  seconds: number;
}

/**
 * The write half of a rebuild's limit: every row a rebuild wrote (read from its file), inserted into fresh tables of
 * the same schema and indexes with one prepared statement a table, in large transactions, with the read models'
 * pragmas. Only the inserts and their commits are timed; reading the rows out of the rebuilt file is not.
 */
export function rowInserts(rebuiltFile: string, freshFile: string): RowInserts {
  rmSync(freshFile, { force: true });
  const rebuilt = new Database(rebuiltFile, { readonly: true });
  const fresh = openReadModelsDb(freshFile);
  let rows = 0;
  let took = 0;
  try {
    // The tables a rebuild set aside (the previous read models, dropped after it) are not what it wrote.
    const schema = rebuilt
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%' AND tbl_name NOT LIKE 'set!_aside!_%' ESCAPE '!' ORDER BY type = 'index'")
      .all() as { type: string; name: string; sql: string }[];
    for (const { sql } of schema) fresh.exec(sql);
    for (const { name } of schema.filter((s) => s.type === 'table')) {
      const columns = (rebuilt.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => `"${c.name}"`);
      const insert = fresh.prepare(`INSERT INTO "${name}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const insertAll = fresh.transaction((batch: unknown[][]) => {
        for (const row of batch) insert.run(row);
      });
      let batch: unknown[][] = [];
      const flush = () => {
        const started = process.hrtime.bigint();
        insertAll(batch);
        took += seconds(started);
        rows += batch.length;
        batch = [];
      };
      for (const row of rebuilt.prepare(`SELECT ${columns.join(', ')} FROM "${name}"`).raw().iterate() as IterableIterator<unknown[]>) {
        batch.push(row);
        if (batch.length === ROWS_A_TRANSACTION) flush();
      }
      if (batch.length > 0) flush();
    }
  } finally {
    rebuilt.close();
    fresh.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(freshFile + suffix, { force: true });
  }
  return { rows, seconds: took };
}
