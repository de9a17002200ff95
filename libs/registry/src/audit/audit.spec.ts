import { EventStore, ProposedEvent, SqliteEventStore, StoredEvent } from '@pacta/event-store';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportNdjson } from './export-log';
import { logPages } from './log-pages';
import { headsDigest, verifyEvents, verifyLog } from './verify-log';

const meta = { recordedAt: '2026-11-23T10:00:00.000Z', actor: 'a', role: 'registrar', correlationId: 'c', causationId: 'c' };
const proposed = (i: number): ProposedEvent => ({ eventId: `e-${i}`, type: 'T', schemaVersion: 1, data: { i }, metadata: meta });

/** Wraps a store to record every readAll call, so a test sees how the log is read, not how fast. */
function counting(store: EventStore) {
  const calls: { after: number; limit: number; returned: number }[] = [];
  const wrapped: EventStore = Object.create(store);
  wrapped.readAll = async (after, limit) => {
    const events = await store.readAll(after, limit);
    calls.push({ after, limit, returned: events.length });
    return events;
  };
  return { store: wrapped, calls };
}

describe('the audit capability', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;

  /** 2 500 events over 7 streams, appended in batches of 5: batch b goes to stream s-(b mod 7). */
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pacta-audit-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open(file);
    const revisions = new Map<string, number>();
    for (let i = 0; i < 2500; i += 5) {
      const stream = `s-${(i / 5) % 7}`;
      const appended = await store.append(stream, [0, 1, 2, 3, 4].map((k) => proposed(i + k)), revisions.get(stream) ?? 'no-stream');
      revisions.set(stream, appended.revision);
    }
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('export', () => {
    it('reads the log in pages of the page size, never the whole log at once', async () => {
      const { store: spied, calls } = counting(store);
      let lines = 0;
      for await (const chunk of exportNdjson(spied, { pageSize: 1000 })) lines += chunk.split('\n').length - 1;
      expect(lines).toBe(2500);
      expect(calls.map((c) => [c.limit, c.returned])).toEqual([
        [1000, 1000],
        [1000, 1000],
        [1000, 500],
      ]);
      expect(calls.map((c) => c.after)).toEqual([0, 1000, 2000]);
    });

    it('reads the next page only when the consumer takes the previous one (backpressure)', async () => {
      const { store: spied, calls } = counting(store);
      const chunks = exportNdjson(spied, { pageSize: 100 });
      let taken = 0;
      let mostAhead = 0;
      const slow = new Writable({
        highWaterMark: 1024,
        write(chunk, _encoding, done) {
          taken++;
          mostAhead = Math.max(mostAhead, calls.length - taken);
          setImmediate(done);
        },
      });
      await pipeline(Readable.from(chunks, { objectMode: false }), slow);
      // 25 full pages, then the empty read that finds the end.
      expect(calls).toHaveLength(26);
      // A page (~25 KB) exceeds the readable's 16 KiB buffer: at most one page waits beyond the one being written.
      expect(mostAhead).toBeLessThanOrEqual(2);
    });

    it('writes envelopes with every member of docs/envelope-and-hash-chain.md, in global order', async () => {
      const first = (await exportNdjson(store, { pageSize: 2 }).next()).value!.split('\n')[0]!;
      expect(Object.keys(JSON.parse(first))).toEqual([
        'globalPosition', 'streamId', 'streamRevision', 'eventId', 'type', 'schemaVersion', 'data', 'metadata', 'prevHash', 'hash',
      ]);
    });
  });

  describe('verify', () => {
    it('pages through the store and reports an intact log', async () => {
      const { store: spied, calls } = counting(store);
      const result = await verifyLog(spied, { pageSize: 1000 });
      expect(result).toMatchObject({ ok: true, streams: 7, events: 2500, position: 2500, broken: [] });
      expect(calls.every((c) => c.limit === 1000)).toBe(true);
      expect(calls).toHaveLength(3);
    });

    it('defines heads as SHA-256 of the JCS array of {streamId, revision, hash} of each last event, sorted by streamId', async () => {
      const last = new Map<string, StoredEvent>();
      for await (const page of logPages(store)) for (const e of page) last.set(e.streamId, e);
      // ASCII ids and integers: JSON.stringify with members in code-point order is the JCS form here.
      const array = [...last.values()]
        .sort((a, b) => (a.streamId < b.streamId ? -1 : 1))
        .map((e) => ({ hash: e.hash, revision: e.streamRevision, streamId: e.streamId }));
      const expected = createHash('sha256').update(JSON.stringify(array), 'utf8').digest('hex');
      expect((await verifyLog(store)).heads).toBe(expected);
      expect(headsDigest([])).toBe(createHash('sha256').update('[]').digest('hex'));
    });

    it('compares a recorded heads digest at its position: later appends keep it, a cut stream breaks it', async () => {
      const recorded = await verifyLog(store);
      await store.append('s-0', [proposed(9000)], 'any');
      await store.append('s-new', [proposed(9001)], 'no-stream');
      const grown = await verifyLog(store, { expectedHeads: { digest: recorded.heads, position: recorded.position } });
      expect(grown.ok).toBe(true);
      expect(grown.heads).not.toBe(recorded.heads);
      expect(grown.headsCheck).toEqual({ position: 2500, expected: recorded.heads, actual: recorded.heads, match: true });

      const raw = new Database(file);
      raw.prepare(`DELETE FROM events WHERE global_position = (SELECT MAX(global_position) FROM events WHERE stream_id = 's-3' AND global_position <= 2500)`).run();
      raw.close();
      const cut = await verifyLog(store, { expectedHeads: { digest: recorded.heads, position: recorded.position } });
      expect(cut.broken).toEqual([]);
      expect(cut.ok).toBe(false);
      expect(cut.headsCheck).toMatchObject({ position: 2500, match: false });
    });

    it('names the first broken event per stream and keeps checking the others, even past an unreadable row', async () => {
      const raw = new Database(file);
      raw.prepare(`UPDATE events SET data = '{"i":-1}' WHERE global_position = 10`).run(); // s-1 revision 4
      raw.prepare(`UPDATE events SET data = '{"i":' WHERE global_position = 1503`).run(); // unparseable
      raw.prepare(`UPDATE events SET data = '{"i":-2}' WHERE global_position = 2003`).run(); // later in s-1: not reported again
      raw.close();
      const result = await verifyLog(store, { pageSize: 100 });
      expect(result.ok).toBe(false);
      expect(result.events).toBe(2500);
      expect(result.broken).toEqual([
        expect.objectContaining({ streamId: 's-1', streamRevision: 4, globalPosition: 10, reason: 'hash-mismatch' }),
        expect.objectContaining({ streamId: 's-6', streamRevision: 212, globalPosition: 1503, reason: 'unreadable' }),
      ]);
    });

    it('verifies envelopes from any source, such as an export read back', async () => {
      const lines: StoredEvent[] = [];
      for await (const chunk of exportNdjson(store)) for (const l of chunk.split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      expect(await verifyEvents(lines)).toMatchObject({ ok: true, events: 2500, heads: (await verifyLog(store)).heads });
      [lines[5], lines[6]] = [lines[6]!, lines[5]!];
      expect((await verifyEvents(lines)).broken).toEqual([expect.objectContaining({ streamId: 's-1', streamRevision: 1, globalPosition: 7, reason: 'out-of-order' })]);
    });
  });
});
