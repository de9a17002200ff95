import Database from 'better-sqlite3';
import * as os from 'node:os';
import * as path from 'node:path';
import { StoredEvent, StoreUnavailable } from '../event-store.port';
import { contractEvent as ev } from '../testing';
import { SqliteEventStore } from './sqlite-event-store';

/** fdatasync calls the store makes on its WAL, held until the test lets each one finish (or fail). */
const syncs: { fd: number; finish(error?: NodeJS.ErrnoException): void }[] = [];
let holdSyncs = false;

jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    fdatasync: (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      if (!holdSyncs) return actual.fdatasync(fd, callback);
      syncs.push({
        fd,
        finish: (error) => {
          if (!error) actual.fdatasyncSync(fd);
          callback(error ?? null);
        },
      });
    },
  };
});

const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
let dir: string;
let file: string;
let store: SqliteEventStore;

const settled = <T>(promise: Promise<T>) => {
  const state: { done: boolean; value?: T; error?: unknown } = { done: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (error) => Object.assign(state, { done: true, error }),
  );
  return state;
};
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};
const committedRows = () => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-durability-'));
  file = path.join(dir, 'events.sqlite');
  store = SqliteEventStore.open(file);
  holdSyncs = true;
});
afterEach(async () => {
  holdSyncs = false;
  for (const sync of syncs.splice(0)) sync.finish();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SqliteEventStore durability: nothing leaves the store before its WAL fsync', () => {
  it('acknowledges an append, returns it from reads and hands it to subscribers only after the fsync that covers it', async () => {
    const delivered: StoredEvent[] = [];
    const subscription = store.subscribe(0, (event) => void delivered.push(event));
    const appended = settled(store.append('s-1', [ev('A', 0)], 'no-stream'));
    await turns();

    expect(committedRows()).toBe(1); // committed in the WAL…
    expect(syncs).toHaveLength(1); // …and its fsync under way
    const read = settled(store.readStream('s-1'));
    const readAll = settled(store.readAll(0, 10));
    await turns();
    expect([appended.done, read.done, readAll.done, delivered.length]).toEqual([false, false, false, 0]);

    syncs.shift()!.finish();
    await turns(20);
    expect(appended.error).toBeUndefined();
    expect(appended.value?.revision).toBe(0);
    expect((read.value as StoredEvent[]).map((e) => e.type)).toEqual(['A']);
    expect((readAll.value as StoredEvent[]).map((e) => e.type)).toEqual(['A']);
    expect(delivered.map((e) => e.type)).toEqual(['A']);
    await subscription.close();
  });

  it('commits appends that arrive while an fsync runs, and acknowledges them with the next one', async () => {
    const first = settled(store.append('s-1', [ev('A', 0)], 'no-stream'));
    await turns();
    const second = settled(store.append('s-2', [ev('B', 0)], 'no-stream'));
    await turns();
    expect(committedRows()).toBe(2);
    expect(syncs).toHaveLength(1); // one fsync at a time

    syncs.shift()!.finish();
    await turns();
    expect([first.done, second.done]).toEqual([true, false]); // the running fsync started before B's commit

    expect(syncs).toHaveLength(1);
    syncs.shift()!.finish();
    await turns();
    expect(second.done && second.error === undefined).toBe(true);
  });

  it('refuses to acknowledge when the fsync fails, and keeps the event from readers until a later fsync succeeds', async () => {
    const appended = settled(store.append('s-1', [ev('A', 0)], 'no-stream'));
    await turns();
    syncs.shift()!.finish(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    await turns();
    expect(appended.error).toBeInstanceOf(StoreUnavailable);

    const read = settled(store.readStream('s-1'));
    await turns();
    expect(read.done).toBe(false);
    expect(syncs).toHaveLength(1);
    syncs.shift()!.finish();
    await turns();
    expect((read.value as StoredEvent[]).map((e) => e.type)).toEqual(['A']);
  });

  it('waits for an fsync before returning an event another connection committed but has not synced yet', async () => {
    // Another process's commit, visible in the WAL before that process's own fsync has finished.
    const other = new Database(file);
    try {
      other.pragma('synchronous = OFF');
      const { data, metadata } = { data: '{}', metadata: '{}' };
      other.prepare('INSERT INTO events (stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run('s-9', 0, 'e-9', 'X', 1, data, metadata, null, 'h');
    } finally {
      other.close();
    }
    const read = settled(store.readAll(0, 10));
    await turns();
    expect(read.done).toBe(false);
    syncs.shift()!.finish();
    await turns();
    expect((read.value as StoredEvent[]).map((e) => e.eventId)).toEqual(['e-9']);
  });
});
