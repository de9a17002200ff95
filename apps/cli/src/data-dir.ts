import { SqliteEventStore } from '@pacta/event-store';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './command';

/** The directory the service uses: PACTA_DATA_DIR, default ./data. */
export const dataDirOf = (env: NodeJS.ProcessEnv) => resolve(env.PACTA_DATA_DIR ?? './data');

/**
 * Opens `<dataDir>/events.db` directly; SQLite's WAL lets this run beside a running service. A missing file is a
 * usage error rather than a new empty store, so a mistyped PACTA_DATA_DIR is not reported as an intact log.
 */
export function openExistingEventStore(env: NodeJS.ProcessEnv): SqliteEventStore {
  const file = join(dataDirOf(env), 'events.db');
  if (!existsSync(file)) throw new UsageError(`no event store at ${file} (set PACTA_DATA_DIR to the service's data directory)`);
  return SqliteEventStore.open(file);
}
