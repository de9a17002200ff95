import { EventStore } from '@pacta/event-store';
import { ProjectionRunner } from '@pacta/projections';
import { logPages } from '@pacta/registry';
import { seconds } from '../harness/timing';

export interface RebuildFigures {
  events: number;
  rebuildSeconds: number;
  rebuildEventsPerSec: number;
  rawReadEventsPerSec: number;
}

/** The floor under any rebuild: read every stored event in the same pages and parse its JSON, projecting nothing. */
async function rawRead(store: EventStore, pageSize: number): Promise<{ events: number; seconds: number }> {
  const started = process.hrtime.bigint();
  let events = 0;
  for await (const page of logPages(store, { pageSize })) events += page.length;
  return { events, seconds: seconds(started) };
}

/** Every read model from position 0 (and its checkpoint persisted, for the startup figure), against the raw read. */
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
  return { events: position, rebuildSeconds: took, rebuildEventsPerSec: raw.events / took, rawReadEventsPerSec: raw.events / raw.seconds };
}
