import { SqliteEventStore } from '@pacta/event-store';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Step } from '../dataset/generate';
import { openRegistry } from '../harness/registry';
import { AgreementRepository } from '@pacta/registry';
import { seconds } from '../harness/timing';

export interface CommandRun {
  commands: number;
  seconds: number;
  commandsPerSec: number;
  /** Agreement ids the run wrote, for the read comparison. */
  agreementIds: string[];
  /** Streams read and folded per second through the registry's AgreementRepository. */
  readStreamsPerSec: number;
}

/** The in-process command path: cqrs handler, load and fold, decide (zod-validated), JCS + SHA-256, durable append. */
export async function commandPath(steps: Step[], dir: string, readPasses: number): Promise<CommandRun> {
  const store = SqliteEventStore.open(join(dir, 'events.db'));
  const registry = await openRegistry(store, join(dir, 'read-models.db'));
  try {
    const started = process.hrtime.bigint();
    for (const step of steps) await registry.run(step);
    const took = seconds(started);
    const agreementIds = [...new Set(steps.flatMap((s) => (s.kind === 'agreement' ? [s.request.agreementId] : [])))];
    const repository = registry.app.get(AgreementRepository);
    const readStarted = process.hrtime.bigint();
    for (let pass = 0; pass < readPasses; pass++) for (const id of agreementIds) await repository.load(id);
    const readTook = seconds(readStarted);
    return { commands: steps.length, seconds: took, commandsPerSec: steps.length / took, agreementIds, readStreamsPerSec: (agreementIds.length * readPasses) / readTook };
  } finally {
    await registry.close();
    await store.close();
  }
}

type Row = [string, number, string, string, number, string, string, string | null, string];

/**
 * The floor under any SQLite event store: the rows our run stored (same JSON, same hashes), inserted with plain
 * prepared statements into the same table and indexes, one durable transaction each, under the same pragmas.
 */
export function rawSqliteInserts(sourceFile: string, targetFile: string): { rows: number; seconds: number; rowsPerSec: number } {
  const source = new Database(sourceFile, { readonly: true });
  const rows = source
    .prepare('SELECT stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash FROM events ORDER BY global_position')
    .raw()
    .all() as Row[];
  source.close();
  const db = new Database(targetFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS events (
    global_position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, stream_revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL,
    metadata TEXT NOT NULL, prev_hash TEXT, hash TEXT NOT NULL, UNIQUE (stream_id, stream_revision))`);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const one = db.transaction((row: Row) => insert.run(...row)).immediate;
  const started = process.hrtime.bigint();
  for (const row of rows) one(row);
  const took = seconds(started);
  db.close();
  return { rows: rows.length, seconds: took, rowsPerSec: rows.length / took };
}
