import { EventStore, SqliteEventStore, connectEventStoreDb } from '@pacta/event-store';
import { SERVICE_NAME, logTreeFileIn, openLogSigner } from '@pacta/registry';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './command';

/** The directory the service uses: PACTA_DATA_DIR, default ./data. */
export const dataDirOf = (env: NodeJS.ProcessEnv) => resolve(env.PACTA_DATA_DIR ?? './data');

/** The store the service is configured with, as the API reads it: PACTA_EVENT_STORE (sqlite, the default, or eventstoredb). */
export function storeKindOf(env: NodeJS.ProcessEnv): 'sqlite' | 'eventstoredb' {
  const kind = env.PACTA_EVENT_STORE ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'eventstoredb') throw new UsageError(`PACTA_EVENT_STORE must be sqlite or eventstoredb, not "${kind}"`);
  if (kind === 'eventstoredb' && !env.EVENTSTORE_CONNECTION_STRING) {
    throw new UsageError('PACTA_EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false');
  }
  return kind;
}

/**
 * Opens `<dataDir>/events.db` directly; SQLite's WAL lets this run beside a running service. A missing file is a
 * usage error rather than a new empty store, so a mistyped PACTA_DATA_DIR is not reported as an intact log.
 */
export function openExistingEventStore(env: NodeJS.ProcessEnv): SqliteEventStore {
  const file = join(dataDirOf(env), 'events.db');
  if (!existsSync(file)) throw new UsageError(`no event store at ${file} (set PACTA_DATA_DIR to the service's data directory)`);
  return SqliteEventStore.open(file);
}

/**
 * The service's event store, whichever it is: the SQLite file in the data directory (which must exist unless
 * `create`), or the EventStoreDB server at EVENTSTORE_CONNECTION_STRING.
 */
export async function openEventStore(env: NodeJS.ProcessEnv, { create = false } = {}): Promise<EventStore> {
  if (storeKindOf(env) === 'eventstoredb') return connectEventStoreDb(env.EVENTSTORE_CONNECTION_STRING!);
  return create ? SqliteEventStore.open(join(dataDirOf(env), 'events.db')) : openExistingEventStore(env);
}

/** The checkpoints' origin, as the service has it: PACTA_LOG_ORIGIN, default the service's name. */
export const logOriginOf = (env: NodeJS.ProcessEnv) => env.PACTA_LOG_ORIGIN ?? SERVICE_NAME;

/** The service's checkpoint signing key (PACTA_LOG_KEY, PACTA_LOG_KEY_FILE, or the data directory's, made if absent). */
export const logSignerOf = (env: NodeJS.ProcessEnv, { create = true } = {}) =>
  openLogSigner({
    create,
    dataDir: dataDirOf(env),
    key: env.PACTA_LOG_KEY || undefined,
    keyFile: env.PACTA_LOG_KEY_FILE ? resolve(env.PACTA_LOG_KEY_FILE) : undefined,
    keyName: env.PACTA_LOG_KEY_NAME,
  });

/** The kept tree of the transparency log in the data directory. */
export const logTreeFileOf = (env: NodeJS.ProcessEnv) => logTreeFileIn(dataDirOf(env));
