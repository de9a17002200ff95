import type { EventStore } from '@pacta/event-store';
import { join } from 'node:path';
import { ProjectionRunner, type RebuildProgress } from './projection-runner';

/** `PACTA_READ_MODELS_FILE`, else `read-models.db` in the data directory: two instances on one directory set their own. */
export function readModelsFileOf(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PACTA_READ_MODELS_FILE?.trim();
  return override ? override : join(dataDir, 'read-models.db');
}

/**
 * Rebuilds every read model in `file` from position 0 of `store`, in one transaction: a service running on the same
 * file keeps answering from the previous read models until it commits, then reloads and follows on from there.
 */
export async function rebuildReadModels(store: EventStore, file: string, onProgress?: RebuildProgress): Promise<number> {
  const runner = new ProjectionRunner(store, { file });
  try {
    await runner.rebuild(onProgress);
    // A command line rebuild leaves no old tables behind for the service to drop.
    await runner.dropSetAsideTables();
    return runner.position();
  } finally {
    await runner.stop();
  }
}
