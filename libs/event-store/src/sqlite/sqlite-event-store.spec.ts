import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transformFileSync } from '@swc/core';
import { DuplicateEventId, StoredEvent, StoreUnavailable, UnreadableEvent, WrongExpectedRevision } from '../event-store.port';
import { verifyChain } from '../hash-chain';
import { contractEvent as ev, describeEventStoreContract, waitFor } from '../testing';
import { SqliteEventStore } from './sqlite-event-store';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
let tmp: string;
let n = 0;
const tmpFile = () => path.join(tmp, `events-${++n}.sqlite`);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-event-store-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describeEventStoreContract('SqliteEventStore', async () => SqliteEventStore.open(tmpFile()));

describe('SqliteEventStore (SQLite specifics)', () => {
  const open: SqliteEventStore[] = [];
  const openStore = (file: string, opts?: Parameters<typeof SqliteEventStore.open>[1]) => {
    const s = SqliteEventStore.open(file, opts);
    open.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('sets WAL, synchronous=FULL and a busy timeout, with the documented table', () => {
    const file = tmpFile();
    openStore(file);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const cols = (db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name);
      expect(cols).toEqual([
        'global_position', 'stream_id', 'stream_revision', 'event_id', 'type', 'schema_version', 'data', 'metadata', 'prev_hash', 'hash',
      ]);
    } finally {
      db.close();
    }
    const store = openStore(file) as unknown as { db: Database.Database };
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('keeps event ids unique across the whole store, beyond the port’s per-stream replays (its UNIQUE index)', async () => {
    const store = openStore(tmpFile());
    const first = ev('A', 0);
    await store.append('s', [first], 'no-stream');
    const mixed = store.append('s', [ev('B', 1), { ...ev('C', 2), eventId: first.eventId }], 0);
    await expect(mixed).rejects.toMatchObject({ name: 'DuplicateEventId', eventId: first.eventId });
    await expect(store.append('other', [first], 'no-stream')).rejects.toBeInstanceOf(DuplicateEventId);
    expect(await store.readAll(0, 10)).toHaveLength(1);
  });

  it('keeps events across close and reopen, chain intact', async () => {
    const file = tmpFile();
    const a = SqliteEventStore.open(file);
    await a.append('s-1', [ev('A', 0), ev('B', 1)], 'no-stream');
    await a.append('s-2', [ev('C', 0)], 'no-stream');
    const before = await a.readAll(0, 100);
    await a.close();
    const b = openStore(file);
    expect(await b.readAll(0, 100)).toEqual(before);
    expect(await b.headPosition()).toBe(3);
    expect((await b.append('s-1', [ev('D', 2)], 1)).revision).toBe(2);
    expect(verifyChain(await b.readAll(0, 100))).toMatchObject({ ok: true, eventsChecked: 4 });
  });

  it('numbers global positions 1, 2, 3, … and stores canonical JSON', async () => {
    const file = tmpFile();
    const s = openStore(file);
    await s.append('s', [ev('A', 0, { z: 1, a: 2 })], 'no-stream');
    await s.append('t', [ev('B', 0)], 'no-stream');
    expect((await s.readAll(0, 10)).map((e) => e.globalPosition)).toEqual([1, 2]);
    const raw = new Database(file, { readonly: true });
    try {
      const row = raw.prepare('SELECT data FROM events WHERE global_position = 1').get() as { data: string };
      expect(row.data).toBe('{"a":2,"n":0,"note":"event A","z":1}');
    } finally {
      raw.close();
    }
  });

  it('two instances on one file racing on one stream: exactly one wins per revision, nothing lost or duplicated', async () => {
    const file = tmpFile();
    const a = openStore(file);
    const b = openStore(file);
    await a.append('race', [ev('Created', 0)], 'no-stream');
    const acknowledged: string[] = [];
    for (let rev = 0; rev < 30; rev++) {
      const ea = ev('FromA', rev);
      const eb = ev('FromB', rev);
      const results = await Promise.allSettled([a.append('race', [ea], rev), b.append('race', [eb], rev)]);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[ea, eb][i]!.eventId] : []));
      expect(won).toHaveLength(1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
      expect(lost.reason).toBeInstanceOf(WrongExpectedRevision);
      acknowledged.push(...won);
    }
    for (const s of [a, b]) {
      const events = await s.readStream('race');
      expect(events.map((e) => e.streamRevision)).toEqual(Array.from({ length: 31 }, (_, i) => i));
      expect(events.slice(1).map((e) => e.eventId)).toEqual(acknowledged);
      expect(verifyChain(events).ok).toBe(true);
    }
  });

  it('a subscriber on instance A sees appends made through instance B (polling)', async () => {
    const file = tmpFile();
    const a = openStore(file, { pollIntervalMs: 50 });
    const b = openStore(file);
    const seen: StoredEvent[] = [];
    const sub = a.subscribe(0, (e) => {
      seen.push(e);
    });
    await b.append('x', [ev('One', 0)], 'no-stream');
    await b.append('x', [ev('Two', 1)], 0);
    await waitFor(() => seen.length === 2, 3000);
    expect(seen.map((e) => e.type)).toEqual(['One', 'Two']);
    await sub.close();
  });

  it('stops a subscription whose handler throws and reports the error', async () => {
    const s = openStore(tmpFile());
    await s.append('x', [ev('A', 0), ev('B', 1)], 'no-stream');
    const seen: string[] = [];
    let reported: unknown;
    s.subscribe(
      0,
      (e) => {
        seen.push(e.type);
        throw new Error('boom');
      },
      { onError: (err) => (reported = err) },
    );
    await waitFor(() => reported !== undefined);
    await s.append('x', [ev('C', 2)], 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual(['A']);
    expect((reported as Error).message).toBe('boom');
  });

  it('close() stops subscriptions and later calls throw StoreUnavailable', async () => {
    const s = SqliteEventStore.open(tmpFile());
    const seen: string[] = [];
    s.subscribe(0, (e) => {
      seen.push(e.type);
    });
    await s.append('x', [ev('A', 0)], 'no-stream');
    await waitFor(() => seen.length === 1);
    await s.close();
    await expect(s.append('x', [ev('B', 1)], 0)).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(s.readAll(0, 10)).rejects.toBeInstanceOf(StoreUnavailable);
    await s.close(); // idempotent
  });

  it('maps a held write lock (SQLITE_BUSY) to StoreUnavailable with nothing written', async () => {
    const file = tmpFile();
    const s = openStore(file, { busyTimeoutMs: 100 });
    await s.append('x', [ev('A', 0)], 'no-stream');
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const err = await s.append('x', [ev('B', 1)], 0).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailable);
      expect(((err as StoreUnavailable).cause as { code: string }).code).toMatch(/^SQLITE_BUSY/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await s.readStream('x')).toHaveLength(1);
    expect((await s.append('x', [ev('B', 1)], 0)).revision).toBe(1);
  });

  it('refuses to open a file that is not a database with StoreUnavailable', () => {
    const file = tmpFile();
    fs.writeFileSync(file, 'this is not sqlite, just some bytes that are long enough to have a header'.repeat(20));
    expect(() => SqliteEventStore.open(file)).toThrow(StoreUnavailable);
  });

  it('maps an unusable data directory to StoreUnavailable', () => {
    const blocker = tmpFile();
    fs.writeFileSync(blocker, 'a file where a directory should be');
    expect(() => SqliteEventStore.open(path.join(blocker, 'sub', 'events.sqlite'))).toThrow(StoreUnavailable);
  });

  it('rejects an append whose data has no canonical JSON before writing anything', async () => {
    const s = openStore(tmpFile());
    await expect(s.append('x', [ev('A', 0, { bad: NaN })], 'no-stream')).rejects.toThrow(/NaN/);
    expect(await s.headPosition()).toBe(0);
  });

  it('reports a replayed append as DuplicateEventId even after the stream moved on', async () => {
    const s = openStore(tmpFile());
    const first = ev('A', 0);
    await s.append('x', [first], 'no-stream');
    await s.append('x', [ev('B', 1)], 0);
    await expect(s.append('x', [first], 'no-stream')).rejects.toBeInstanceOf(DuplicateEventId);
  });

  it('reports a row whose JSON was broken outside Pacta as UnreadableEvent naming its position and stream', async () => {
    const file = tmpFile();
    const s = openStore(file);
    await s.append('s', [ev('A', 0), ev('B', 1)], 'no-stream');
    const raw = new Database(file);
    raw.prepare(`UPDATE events SET data = substr(data, 2) WHERE global_position = 2`).run();
    raw.close();
    await expect(s.readAll(0, 10)).rejects.toMatchObject({ name: 'UnreadableEvent', globalPosition: 2, streamId: 's', streamRevision: 1 });
    await expect(s.readStream('s')).rejects.toBeInstanceOf(UnreadableEvent);
    expect(await s.readAll(0, 1)).toHaveLength(1);
  });

  it('backs up online to a file that opens as an identical store', async () => {
    const s = openStore(tmpFile());
    for (let i = 0; i < 20; i++) await s.append(`s-${i % 3}`, [ev('E', i)], 'any');
    const dest = path.join(tmp, 'backup', `copy-${n}.sqlite`);
    await s.backup(dest);
    const copy = openStore(dest);
    expect(await copy.readAll(0, 100)).toEqual(await s.readAll(0, 100));
  });

  describe('separate OS processes (the real adapter compiled with swc)', () => {
    let libDir: string;
    beforeAll(() => {
      libDir = compileAdapter(path.join(tmp, 'lib'));
    });

    it('several processes racing on one stream lose and duplicate nothing; revisions are dense', async () => {
      const file = tmpFile();
      SqliteEventStore.open(file).close();
      const perProcess = 100;
      const outputs = await Promise.all([1, 2, 3].map((p) => runChild(libDir, file, 'race', `p${p}`, perProcess)));
      const acked = outputs.flatMap((o) => o.acks);
      expect(acked).toHaveLength(3 * perProcess);
      // The processes really did race (otherwise this test proves nothing).
      expect(outputs.reduce((sum, o) => sum + o.conflicts, 0)).toBeGreaterThan(0);
      const s = openStore(file);
      const events = await s.readStream('race');
      expect(events.map((e) => e.streamRevision)).toEqual(Array.from({ length: 3 * perProcess }, (_, i) => i));
      expect(new Set(events.map((e) => e.eventId))).toEqual(new Set(acked.map((a) => a.eventId)));
      // Each acknowledged revision is the one the event actually holds: exactly one winner per revision.
      const byId = new Map(events.map((e) => [e.eventId, e.streamRevision]));
      for (const a of acked) expect(byId.get(a.eventId)).toBe(a.revision);
      expect(verifyChain(events).ok).toBe(true);
    }, 60_000);

    it('every append acknowledged before SIGKILL is readable afterwards', async () => {
      const file = tmpFile();
      SqliteEventStore.open(file).close();
      const { acks, exit } = await runChild(libDir, file, 'killed', 'k', 1_000_000, { killAfterAcks: 150 });
      expect(exit.signal).toBe('SIGKILL');
      expect(acks.length).toBeGreaterThanOrEqual(150);
      const s = openStore(file);
      const events = await s.readStream('killed');
      const ids = new Set(events.map((e) => e.eventId));
      for (const a of acks) expect(ids.has(a.eventId)).toBe(true);
      expect(verifyChain(events).ok).toBe(true);
    }, 60_000);
  });
});

/** Compiles the adapter and its imports to plain CommonJS so that child processes can run the real code. */
function compileAdapter(outDir: string): string {
  const srcDir = path.resolve(__dirname, '..');
  for (const rel of ['event-store.port.ts', 'hash-chain.ts', 'event-ids.ts', 'sqlite/sqlite-event-store.ts', 'sqlite/sqlite-subscription.ts', 'sqlite/wal-mode.ts']) {
    const { code } = transformFileSync(path.join(srcDir, rel), {
      swcrc: false,
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
      module: { type: 'commonjs' },
    });
    const out = path.join(outDir, rel.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, code);
  }
  return outDir;
}

const CHILD_SCRIPT = `
const [libDir, file, streamId, label, countText] = process.argv.slice(1);
const { SqliteEventStore } = require(libDir + '/sqlite/sqlite-event-store.js');
const { WrongExpectedRevision } = require(libDir + '/event-store.port.js');
const { randomUUID } = require('node:crypto');
(async () => {
  const store = SqliteEventStore.open(file);
  for (let i = 0; i < Number(countText); i++) {
    for (;;) {
      const events = await store.readStream(streamId, 0);
      const expected = events.length ? events[events.length - 1].streamRevision : 'no-stream';
      const e = { eventId: randomUUID(), type: 'Written', schemaVersion: 1, data: { label, i },
        metadata: { recordedAt: new Date().toISOString(), actor: label, role: 'test', correlationId: label, causationId: label } };
      try {
        const r = await store.append(streamId, [e], expected);
        process.stdout.write('ack ' + e.eventId + ' ' + r.revision + '\\n');
        break;
      } catch (err) {
        if (!(err instanceof WrongExpectedRevision)) throw err;
        process.stdout.write('conflict\\n');
      }
    }
  }
  await store.close();
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface Ack {
  eventId: string;
  revision: number;
}

function runChild(
  libDir: string,
  file: string,
  streamId: string,
  label: string,
  count: number,
  opts: { killAfterAcks?: number } = {},
): Promise<{ acks: Ack[]; conflicts: number; exit: { code: number | null; signal: NodeJS.Signals | null } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, libDir, file, streamId, label, String(count)], {
      env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let conflicts = 0;
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'conflict') {
          conflicts++;
          continue;
        }
        const [, eventId, revision] = line.split(' ');
        acks.push({ eventId: eventId!, revision: Number(revision) });
      }
      if (opts.killAfterAcks !== undefined && acks.length >= opts.killAfterAcks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (opts.killAfterAcks === undefined && code !== 0) reject(new Error(`child ${label} failed (${code}): ${stderr}`));
      else resolve({ acks, conflicts, exit: { code, signal } });
    });
  });
}

describe('SqliteEventStore group commit', () => {
  const stores: SqliteEventStore[] = [];
  const openStore = (opts?: Parameters<typeof SqliteEventStore.open>[1]) => {
    const file = tmpFile();
    const s = SqliteEventStore.open(file, opts);
    stores.push(s);
    return { s, file };
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });
  const countGroups = (s: SqliteEventStore) => {
    const internals = s as unknown as { groupTx: (...args: unknown[]) => unknown };
    const original = internals.groupTx;
    const calls: number[] = [];
    internals.groupTx = (group: unknown) => {
      calls.push((group as unknown[]).length);
      return original(group);
    };
    return calls;
  };

  it('commits appends made in the same turn together, each with its own position and an intact chain', async () => {
    const { s } = openStore();
    const groups = countGroups(s);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((id) => s.append(id, [ev('Created', 0), ev('Changed', 1)], 'no-stream')));
    expect(groups).toEqual([4]);
    expect(results.map((r) => r.position)).toEqual([2, 4, 6, 8]);
    const all = await s.readAll(0, 100);
    expect(all.map((e) => `${e.streamId}@${e.streamRevision}`)).toEqual(['a@0', 'a@1', 'b@0', 'b@1', 'c@0', 'c@1', 'd@0', 'd@1']);
    for (const id of ['a', 'b', 'c', 'd']) expect(verifyChain(await s.readStream(id)).ok).toBe(true);
  });

  it('refuses a stale or duplicate append alone and writes the rest of its group', async () => {
    const { s } = openStore();
    const first = ev('Created', 0);
    await s.append('x', [first], 'no-stream');
    const groups = countGroups(s);
    const outcomes = await Promise.allSettled([
      s.append('x', [ev('Next', 1)], 0),
      s.append('x', [ev('Stale', 1)], 0),
      s.append('y', [first], 'no-stream'),
      s.append('z', [ev('Created', 0)], 'no-stream'),
    ]);
    expect(groups).toEqual([4]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventId);
    expect((await s.readStream('x')).map((e) => e.type)).toEqual(['Created', 'Next']);
    expect(await s.readStream('y')).toEqual([]);
    expect((await s.readStream('z')).map((e) => e.type)).toEqual(['Created']);
  });

  it('fails a whole group with StoreUnavailable when the write lock is held, writing none of it', async () => {
    const { s, file } = openStore({ busyTimeoutMs: 100 });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const outcomes = await Promise.allSettled(['a', 'b'].map((id) => s.append(id, [ev('Created', 0)], 'no-stream')));
      for (const outcome of outcomes) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailable);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await s.headPosition()).toBe(0);
  });

  it('writes appends still queued when the store closes', async () => {
    const { s, file } = openStore();
    const pending = s.append('late', [ev('Created', 0)], 'no-stream');
    await s.close();
    await expect(pending).resolves.toMatchObject({ revision: 0 });
    const again = SqliteEventStore.open(file);
    stores.push(again);
    expect(await again.readStream('late')).toHaveLength(1);
  });
});

describe('SqliteEventStore subscriptions: what this instance committed is delivered without reading it back', () => {
  const stores: SqliteEventStore[] = [];
  const openStore = (file = tmpFile(), opts?: Parameters<typeof SqliteEventStore.open>[1]) => {
    const s = SqliteEventStore.open(file, opts);
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });
  const countReads = (s: SqliteEventStore) => {
    const internals = s as unknown as { readAllSync: (...args: unknown[]) => StoredEvent[] };
    const original = internals.readAllSync.bind(s);
    const reads = { count: 0 };
    internals.readAllSync = (...args: unknown[]) => {
      reads.count++;
      return original(...args);
    };
    return reads;
  };
  const subscribeFromHead = async (s: SqliteEventStore, onEvent: (e: StoredEvent) => Promise<void> | void = () => undefined) => {
    const seen: StoredEvent[] = [];
    const sub = s.subscribe(await s.headPosition(), async (e) => {
      seen.push(e);
      await onEvent(e);
    });
    return { seen, sub };
  };

  it('delivers its own appends exactly as a read returns them, keys in canonical order, with no read', async () => {
    const s = openStore();
    const { seen, sub } = await subscribeFromHead(s);
    await waitFor(() => true);
    const reads = countReads(s);
    const unordered = { zeta: 1, alpha: { y: [3, { b: 1, a: 2 }], x: 'ä' }, n: 0 };
    await s.append('x', [ev('Created', 0, unordered), ev('Changed', 1, unordered)], 'no-stream');
    await Promise.all([s.append('y', [ev('Created', 0)], 'no-stream'), s.append('z', [ev('Created', 0)], 'no-stream')]);
    await waitFor(() => seen.length === 4);
    expect(reads.count).toBe(0);
    const read = await s.readAll(0, 100);
    expect(seen).toEqual(read);
    expect(seen.map((e) => JSON.stringify(e))).toEqual(read.map((e) => JSON.stringify(e)));
    await sub.close();
  });

  it('does not deliver an append refused in its group', async () => {
    const s = openStore();
    await s.append('x', [ev('Created', 0)], 'no-stream');
    const { seen, sub } = await subscribeFromHead(s);
    await Promise.allSettled([s.append('x', [ev('Next', 1)], 0), s.append('x', [ev('Stale', 1)], 0), s.append('y', [ev('Created', 0)], 'no-stream')]);
    await waitFor(() => seen.length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(await s.readAll(1, 100));
    await sub.close();
  });

  it('reads what another instance wrote between its own appends: all events, in order, none twice', async () => {
    const file = tmpFile();
    const a = openStore(file, { pollIntervalMs: 20 });
    const b = openStore(file);
    const { seen, sub } = await subscribeFromHead(a);
    for (let i = 0; i < 10; i++) {
      await a.append(`a-${i}`, [ev('Created', 0), ev('Changed', 1)], 'no-stream');
      if (i % 3 === 0) await b.append(`b-${i}`, [ev('Created', 0)], 'no-stream');
      await Promise.all([a.append(`c-${i}`, [ev('Created', 0)], 'no-stream'), b.append(`d-${i}`, [ev('Created', 0)], 'no-stream')]);
    }
    const head = await a.headPosition();
    await waitFor(() => seen.length >= head, 3000);
    await new Promise((r) => setTimeout(r, 60));
    expect(seen.map((e) => e.globalPosition)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(seen).toEqual(await a.readAll(0, 1000));
    await sub.close();
  });

  it('reads a group commit larger than a batch from the log at once, not at the next poll', async () => {
    const s = openStore(tmpFile(), { subscriptionBatchSize: 3, pollIntervalMs: 60_000 });
    const { seen, sub } = await subscribeFromHead(s);
    await s.append('small', [ev('Created', 0)], 'no-stream');
    await s.append('large', [0, 1, 2, 3, 4].map((n) => ev(n ? 'Changed' : 'Created', n)), 'no-stream');
    await waitFor(() => seen.length === 6, 2000);
    expect(seen).toEqual(await s.readAll(0, 100));
    await sub.close();
  });

  it('a handler further behind than one batch reads the log instead, and still misses nothing', async () => {
    const s = openStore(tmpFile(), { subscriptionBatchSize: 3 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { seen, sub } = await subscribeFromHead(s, (e) => (e.globalPosition === 1 ? held : undefined));
    for (let i = 0; i < 12; i++) await s.append(`s-${i}`, [ev('Created', 0)], 'no-stream');
    release();
    await waitFor(() => seen.length === 12);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(await s.readAll(0, 100));
    await sub.close();
  });
});
