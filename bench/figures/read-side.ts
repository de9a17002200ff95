import { EventStore } from '@pacta/event-store';
import { ProjectionRunner } from '@pacta/projections';
import { logPages } from '@pacta/registry';
import { seconds } from '../harness/timing';
import { rowInserts } from './row-inserts';

export interface RebuildFigures {
  events: number;
  rebuildSeconds: number;
  rebuildEventsPerSec: number;
  /** Reading every stored event and parsing it, projecting nothing: the read half of the limit. */
  rawReadEventsPerSec: number;
  /** Inserting the rows the rebuild wrote into fresh tables, as events of the log a second: the write half. */
  rowInsertEventsPerSec: number;
  rows: number;
  /** The slower of the two halves. */
  limitEventsPerSec: number;
}

/** The floor under any rebuild: read every stored event in the same pages and parse its JSON, projecting nothing. */
async function rawRead(store: EventStore, pageSize: number): Promise<{ events: number; seconds: number }> {
  const started = process.hrtime.bigint();
  let events = 0;
  for await (const page of logPages(store, { pageSize })) events += page.length;
  return { events, seconds: seconds(started) };
}

/**
 * Every read model from position 0 (and its checkpoint persisted, for the startup figure), against the two halves
 * of its limit: reading the log, and inserting the rows it wrote.
 */
export async function rebuildFigures(store: EventStore, readModelsFile: string, onProgress?: (done: number, total: number) => void): Promise<RebuildFigures> {
  const raw = await rawRead(store, 5000);
  // Timed: ProjectionRunner.rebuild alone (it commits the read models and their checkpoint); closing the file after it
  // (SQLite's final WAL checkpoint) is not part of the rebuild.
  const runner = new ProjectionRunner(store, { file: readModelsFile });
  let took: number;
  let position: number;
  try {
    const started = process.hrtime.bigint();
    await runner.rebuild(onProgress);
    took = seconds(started);
    position = runner.position();
  } finally {
    await runner.stop();
  }
  const inserts = rowInserts(readModelsFile, `${readModelsFile}.inserts`);
  const rawReadEventsPerSec = raw.events / raw.seconds;
  const rowInsertEventsPerSec = raw.events / inserts.seconds;
  return {
    events: position,
    rebuildSeconds: took,
    rebuildEventsPerSec: raw.events / took,
    rawReadEventsPerSec,
    rowInsertEventsPerSec,
    rows: inserts.rows,
    limitEventsPerSec: Math.min(rawReadEventsPerSec, rowInsertEventsPerSec),
  };
}
