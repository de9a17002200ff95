import { createHash, randomUUID } from 'node:crypto';
import {
  DuplicateEventId,
  EventStore,
  ProposedEvent,
  StoredEvent,
  WrongExpectedRevision,
} from '../event-store.port';

/**
 * The behaviour every EventStore adapter must have. Call inside a spec file:
 *
 *   describeEventStoreContract('SqliteEventStore', async () => SqliteEventStore.open(tmpFile()), cleanupTmp);
 *
 * `open` is called before each test and must return a usable store; the store is closed after each test and
 * `cleanup` runs once at the end. Tests use fresh random stream ids and positions relative to the head before the
 * test, so they also hold on a store shared with other data — but they assume nobody else writes during a test.
 */
export function describeEventStoreContract(name: string, open: () => Promise<EventStore>, cleanup?: () => Promise<void>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    if (cleanup) afterAll(cleanup);

    it('appends to a new stream with no-stream and reports revision and position of the last event', async () => {
      const s = stream();
      const before = await store.headPosition();
      const r = await store.append(s, [ev('A', 0), ev('B', 1)], 'no-stream');
      expect(r.streamId).toBe(s);
      expect(r.revision).toBe(1);
      expect(r.events.map((e) => e.streamRevision)).toEqual([0, 1]);
      expect(r.events[0]!.globalPosition).toBeGreaterThan(before);
      expect(r.events[1]!.globalPosition).toBeGreaterThan(r.events[0]!.globalPosition);
      expect(r.position).toBe(r.events[1]!.globalPosition);
      expect(r.events[0]!.prevHash).toBeNull();
      expect(r.events[1]!.prevHash).toBe(r.events[0]!.hash);
    });

    it('continues a stream at its last revision, and with any', async () => {
      const s = stream();
      await store.append(s, [ev('A', 0)], 'no-stream');
      expect((await store.append(s, [ev('B', 1)], 0)).revision).toBe(1);
      expect((await store.append(s, [ev('C', 2)], 'any')).revision).toBe(2);
      expect((await store.append(stream(), [ev('D', 0)], 'any')).revision).toBe(0);
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('rejects a wrong expected revision with the actual revision, writing nothing', async () => {
      const s = stream();
      const fresh = stream();
      await store.append(s, [ev('A', 0), ev('B', 1)], 'no-stream');
      const head = await store.headPosition();
      await expectWrongRevision(store.append(s, [ev('X', 9)], 'no-stream'), s, 'no-stream', 1);
      await expectWrongRevision(store.append(s, [ev('X', 9)], 0), s, 0, 1);
      await expectWrongRevision(store.append(s, [ev('X', 9)], 5), s, 5, 1);
      await expectWrongRevision(store.append(fresh, [ev('X', 9)], 0), fresh, 0, null);
      expect(await store.headPosition()).toBe(head);
      expect(await store.readStream(s)).toHaveLength(2);
      expect(await store.readStream(fresh)).toEqual([]);
    });

    it('lets exactly one of ~20 concurrent appends with the same expected revision win', async () => {
      const s = stream();
      await store.append(s, [ev('Created', 0)], 'no-stream');
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => store.append(s, [ev('Raced', i)], 0)),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const l of lost) {
        expect(l.reason).toBeInstanceOf(WrongExpectedRevision);
        expect((l.reason as WrongExpectedRevision).actual).toBe(1);
      }
      const events = await store.readStream(s);
      expect(events.map((e) => e.streamRevision)).toEqual([0, 1]);
    });

    it('reads its own append immediately, and reads a stream from a revision', async () => {
      const s = stream();
      const r = await store.append(s, [ev('A', 0), ev('B', 1), ev('C', 2)], 'no-stream');
      const read = await store.readStream(s);
      expect(read).toEqual(r.events);
      expect(read[1]).toMatchObject({ type: 'B', data: { n: 1, note: 'event B' }, schemaVersion: 1 });
      expect(await store.readStream(s, 2)).toEqual([r.events[2]]);
      expect(await store.readStream(s, 3)).toEqual([]);
      expect(await store.readStream(stream())).toEqual([]);
    });

    it('keeps one global order across streams; readAll pages by afterPosition and limit', async () => {
      const before = await store.headPosition();
      const a = stream();
      const b = stream();
      await store.append(a, [ev('A0', 0)], 'no-stream');
      await store.append(b, [ev('B0', 0), ev('B1', 1)], 'no-stream');
      await store.append(a, [ev('A1', 1)], 0);
      await store.append(b, [ev('B2', 2)], 1);
      const all = (await store.readAll(before, 1000)).filter((e) => e.streamId === a || e.streamId === b);
      expect(all.map((e) => e.type)).toEqual(['A0', 'B0', 'B1', 'A1', 'B2']);
      expectIncreasing(all.map((e) => e.globalPosition));

      const paged: StoredEvent[] = [];
      let after = before;
      for (let guard = 0; guard < 100; guard++) {
        const page = await store.readAll(after, 2);
        expect(page.length).toBeLessThanOrEqual(2);
        if (page.length === 0) break;
        for (const e of page) expect(e.globalPosition).toBeGreaterThan(after);
        paged.push(...page);
        after = page[page.length - 1]!.globalPosition;
      }
      expect(paged).toEqual(await store.readAll(before, 1000));
      expect(await store.readAll(after, 10)).toEqual([]);
    });

    it('chains every stream as docs/envelope-and-hash-chain.md says (hash and prevHash recomputed independently)', async () => {
      const a = stream();
      const b = stream();
      await store.append(a, [ev('A0', 0), ev('A1', 1)], 'no-stream');
      await store.append(b, [ev('B0', 0)], 'no-stream');
      await store.append(a, [ev('A2', 2, { nested: { z: 1, a: [true, null, 'ä€😂'] } })], 1);
      await store.append(b, [ev('B1', 1)], 0);
      for (const s of [a, b]) {
        const events = await store.readStream(s);
        let prev: string | null = null;
        events.forEach((e, i) => {
          expect(e.streamRevision).toBe(i);
          expect(e.prevHash).toBe(prev);
          expect(e.hash).toBe(independentHash(e));
          prev = e.hash;
        });
      }
      // readAll returns the same envelopes.
      const fromAll = (await store.readAll(0, 1_000_000)).filter((e) => e.streamId === a);
      expect(fromAll).toEqual(await store.readStream(a));
    });

    it('refuses a replayed append with DuplicateEventId and writes nothing, however far the stream has moved on', async () => {
      const s = stream();
      const first = ev('A', 0);
      const second = ev('B', 1);
      await store.append(s, [first], 'no-stream');
      // A replay of the same append (same ids, same expected revision).
      await expect(store.append(s, [first], 'no-stream')).rejects.toMatchObject({ name: 'DuplicateEventId', eventId: first.eventId });
      await store.append(s, [second], 0);
      await store.append(s, [ev('C', 2)], 1);
      const head = await store.headPosition();
      // Replays after the stream moved on, alone and in a batch with an event not written before.
      const replay = store.append(s, [second], 0);
      await expect(replay).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(replay).rejects.toMatchObject({ eventId: second.eventId });
      await expect(store.append(s, [second, ev('D', 3)], 0)).rejects.toMatchObject({ name: 'DuplicateEventId', eventId: second.eventId });
      // The same id twice in one batch.
      const twice = ev('E', 0);
      await expect(store.append(stream(), [twice, twice], 'no-stream')).rejects.toBeInstanceOf(DuplicateEventId);
      expect(await store.headPosition()).toBe(head);
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('subscribe delivers existing then new events in order, one at a time, and stops on close', async () => {
      const before = await store.headPosition();
      const s = stream();
      await store.append(s, [ev('E0', 0), ev('E1', 1), ev('E2', 2)], 'no-stream');
      const seen: StoredEvent[] = [];
      let running = 0;
      let maxRunning = 0;
      const sub = store.subscribe(before, async (e) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 5));
        if (e.streamId === s) seen.push(e);
        running--;
      });
      await waitFor(() => seen.length === 3);
      await store.append(s, [ev('E3', 3)], 2);
      await store.append(s, [ev('E4', 4)], 3);
      await waitFor(() => seen.length === 5);
      expect(seen.map((e) => e.type)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4']);
      expect(seen).toEqual(await store.readStream(s));
      expect(maxRunning).toBe(1);

      await sub.close();
      await store.append(s, [ev('E5', 5)], 4);
      await new Promise((r) => setTimeout(r, 400));
      expect(seen).toHaveLength(5);
    });

    it('subscribe from the current head delivers only later events', async () => {
      const s = stream();
      await store.append(s, [ev('Old', 0)], 'no-stream');
      const seen: string[] = [];
      const sub = store.subscribe(await store.headPosition(), (e) => {
        if (e.streamId === s) seen.push(e.type);
      });
      await store.append(s, [ev('New', 1)], 0);
      await waitFor(() => seen.length === 1);
      await sub.close();
      expect(seen).toEqual(['New']);
    });

    it('lastAppendedPosition is the position of the last append this instance acknowledged, and no refused one', async () => {
      expect(store.lastAppendedPosition()).toBe(0);
      const s = stream();
      const [first, second] = await Promise.all([
        store.append(s, [ev('A', 0)], 'no-stream'),
        store.append(stream(), [ev('B', 0), ev('C', 1)], 'no-stream'),
      ]);
      expect(store.lastAppendedPosition()).toBe(Math.max(first.position, second.position));
      await expectWrongRevision(store.append(s, [ev('X', 9)], 'no-stream'), s, 'no-stream', 0);
      expect(store.lastAppendedPosition()).toBe(await store.headPosition());
    });

    it('headPosition is the position of the last event', async () => {
      const before = await store.headPosition();
      expect(before).toBeGreaterThanOrEqual(0);
      const r = await store.append(stream(), [ev('A', 0), ev('B', 1)], 'no-stream');
      expect(await store.headPosition()).toBe(r.position);
      const last = await store.readAll(r.position - 1, 10);
      expect(last.map((e) => e.eventId)).toEqual([r.events[1]!.eventId]);
    });
  });
}

function stream(): string {
  return `contract-${randomUUID()}`;
}

/** Test events hold only ASCII keys, strings, integers, booleans and null, for which `jcs` below is exact. Exported for adapter specs. */
export function ev(type: string, n: number, extra: Record<string, unknown> = {}): ProposedEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: { n, note: `event ${type}`, ...extra },
    metadata: {
      recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      actor: 'contract-test',
      role: 'tester',
      correlationId: 'corr-1',
      causationId: 'cause-1',
    },
  };
}

/**
 * A deliberately separate JCS for the values the contract uses (ASCII keys, no floats, no lone surrogates): sorted keys by UTF-16 code units,
 * JSON.stringify for strings and integers. Not shared with hash-chain.ts, so a bug there cannot hide here.
 */
function jcs(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  keys.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`).join(',')}}`;
}

function independentHash(e: StoredEvent): string {
  const o = {
    prevHash: e.prevHash,
    streamId: e.streamId,
    streamRevision: e.streamRevision,
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
  };
  return createHash('sha256').update(Buffer.from(jcs(o), 'utf8')).digest('hex');
}

async function expectWrongRevision(p: Promise<unknown>, streamId: string, expected: unknown, actual: number | null) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WrongExpectedRevision);
  expect(err).toMatchObject({ streamId, expected, actual });
}

function expectIncreasing(xs: number[]) {
  for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
}

export async function waitFor(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
