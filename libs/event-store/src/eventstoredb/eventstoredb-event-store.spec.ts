import { ANY, NO_STREAM, UnavailableError, UnknownError, WrongExpectedVersionError } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { StoredEvent, StoreUnavailable, WrongExpectedRevision } from '../event-store.port';
import { eventHash, verifyChain } from '../hash-chain';
import { contractEvent as ev, describeEventStoreContract, waitFor } from '../testing';
import { RecordedRecord, toClientExpectedRevision, toPortError } from './esdb-client';
import {
  CLAIMED,
  claimStreamOf,
  fromRecord,
  isPactaRecord,
  toGlobalPosition,
  toLogPosition,
  toRecordToAppend,
  UnpositionedEvent,
} from './esdb-envelope';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

/** What the server hands back for an appended record: its JSON data and metadata parsed again, and a log position. */
function asRecorded(event: UnpositionedEvent, commit: bigint): RecordedRecord {
  const r = toRecordToAppend(event);
  return {
    streamId: event.streamId,
    eventId: r.eventId,
    revision: BigInt(event.streamRevision),
    type: r.type,
    isJson: true,
    data: JSON.parse(JSON.stringify(r.data)),
    metadata: JSON.parse(JSON.stringify(r.metadata)),
    position: { commit, prepare: commit },
  };
}

function chained(streamId: string, count: number): UnpositionedEvent[] {
  const out: UnpositionedEvent[] = [];
  let prevHash: string | null = null;
  for (let i = 0; i < count; i++) {
    const p = ev(`E${i}`, i, { nested: { z: 1, a: ['ä€😂', null, true] } });
    const fields = { ...p, streamId, streamRevision: i, prevHash };
    const e: UnpositionedEvent = { ...fields, hash: eventHash(fields) };
    out.push(e);
    prevHash = e.hash;
  }
  return out;
}

describe('EventStoreDB adapter mappings (no server needed)', () => {
  it('maps expected revisions onto the client: no-stream → NO_STREAM, a number → that bigint, any → ANY', () => {
    expect(toClientExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toClientExpectedRevision(0)).toBe(0n);
    expect(toClientExpectedRevision(41)).toBe(41n);
    expect(toClientExpectedRevision('any')).toBe(ANY);
  });

  it('carries the whole envelope through event metadata and back, hash chain intact', () => {
    const events = chained('agreement-x', 3);
    const back = events.map((e, i) => fromRecord(asRecorded(e, 1000n + BigInt(i) * 250n)));
    expect(back).toEqual(events.map((e, i) => ({ ...e, globalPosition: 1000 + i * 250 })));
    expect(verifyChain(back)).toEqual({ ok: true, eventsChecked: 3, streams: 1 });
    const metadata = toRecordToAppend(events[1]!).metadata;
    expect(metadata).toEqual({
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
      pacta: { schemaVersion: 1, prevHash: events[0]!.hash, hash: events[1]!.hash, metadata: events[1]!.metadata },
    });
  });

  it('tells Pacta events from the server’s, from event-id claims and from other applications’ events', () => {
    const [e] = chained('party-y', 1);
    const ours = asRecorded(e!, 500n);
    expect(isPactaRecord(ours)).toBe(true);
    const claim: RecordedRecord = { ...ours, streamId: claimStreamOf(e!.eventId), type: CLAIMED, metadata: {} };
    const foreign: RecordedRecord = { ...ours, metadata: { $correlationId: 'x' } };
    const binary: RecordedRecord = { ...ours, isJson: false };
    for (const r of [claim, foreign, binary]) {
      expect(isPactaRecord(r)).toBe(false);
      expect(() => fromRecord(r)).toThrow(/not written by Pacta/);
    }
    expect(() => fromRecord({ ...ours, position: undefined })).toThrow(/22\.6 or newer/);
  });

  it('maps global positions to exact log positions and back, refusing what is not a position', () => {
    expect(toLogPosition(123_456)).toEqual({ commit: 123_456n, prepare: 123_456n });
    expect(toGlobalPosition(toLogPosition(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toGlobalPosition({ commit: BigInt(Number.MAX_SAFE_INTEGER) + 1n, prepare: 0n })).toThrow(RangeError);
    expect(() => toGlobalPosition({ commit: 0n, prepare: 0n })).toThrow(RangeError);
    expect(() => toLogPosition(0)).toThrow(RangeError);
    expect(() => toLogPosition(1.5)).toThrow(RangeError);
  });

  it('maps the client’s errors onto the port’s: wrong expected version, unavailable, others unchanged', () => {
    const wrong = new WrongExpectedVersionError(undefined, { streamName: 'agreement-a', current: 3n, expected: 1n });
    const mapped = toPortError(wrong, 'agreement-a', 1);
    expect(mapped).toBeInstanceOf(WrongExpectedRevision);
    expect(mapped).toMatchObject({ streamId: 'agreement-a', expected: 1, actual: 3 });

    const noStream = new WrongExpectedVersionError(undefined, { streamName: 'party-b', current: NO_STREAM, expected: 0n });
    expect(toPortError(noStream, 'party-b', 0)).toMatchObject({ streamId: 'party-b', expected: 0, actual: null });

    const down = toPortError(new UnavailableError(undefined, 'connection refused'), 'party-b', 'any');
    expect(down).toBeInstanceOf(StoreUnavailable);
    expect((down as StoreUnavailable).cause).toBeInstanceOf(UnavailableError);

    const other = new UnknownError(undefined, 'boom');
    expect(toPortError(other, 'party-b', 'any')).toBe(other);
  });
});

const connection = process.env.EVENTSTORE_CONNECTION_STRING;

if (connection) {
  describeEventStoreContract('EventStoreDbEventStore', async () => EventStoreDbEventStore.connect(connection));

  describe('EventStoreDbEventStore (server specifics)', () => {
    const open: EventStoreDbEventStore[] = [];
    const connect = (options?: Parameters<typeof EventStoreDbEventStore.connect>[1]) => {
      const s = EventStoreDbEventStore.connect(connection, options);
      open.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('two instances racing on one stream: exactly one wins per revision, the chain stays intact', async () => {
      const a = connect();
      const b = connect();
      const stream = `race-${randomUUID()}`;
      await a.append(stream, [ev('Created', 0)], 'no-stream');
      const acknowledged: string[] = [];
      for (let rev = 0; rev < 10; rev++) {
        const ea = ev('FromA', rev);
        const eb = ev('FromB', rev);
        const results = await Promise.allSettled([a.append(stream, [ea], rev), b.append(stream, [eb], rev)]);
        const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[ea, eb][i]!.eventId] : []));
        expect(won).toHaveLength(1);
        acknowledged.push(...won);
      }
      const events = await b.readStream(stream);
      expect(events.slice(1).map((e) => e.eventId)).toEqual(acknowledged);
      expect(verifyChain(events).ok).toBe(true);
    });

    it('a subscriber on one instance sees appends made through another', async () => {
      const a = connect();
      const b = connect();
      const stream = `sub-${randomUUID()}`;
      const seen: StoredEvent[] = [];
      const sub = a.subscribe(await a.headPosition(), (e) => {
        if (e.streamId === stream) seen.push(e);
      });
      await b.append(stream, [ev('One', 0)], 'no-stream');
      await b.append(stream, [ev('Two', 1)], 0);
      await waitFor(() => seen.length === 2);
      expect(seen).toEqual(await b.readStream(stream));
      await sub.close();
    });

    it('an event id claimed by a writer that never wrote is taken over once the lease has passed', async () => {
      const store = connect({ claimLeaseMs: 300 });
      const raw = connect();
      const stream = `lease-${randomUUID()}`;
      const e = ev('A', 0);
      // What a writer that crashed between claiming and appending leaves behind.
      await (raw as unknown as { claim(id: string, s: string, r: number): Promise<unknown> }).claim(e.eventId, stream, 0);
      const r = await store.append(stream, [e], 'no-stream');
      expect(r.events.map((x) => x.eventId)).toEqual([e.eventId]);
    });

    it('reads all after a number that is no event’s position', async () => {
      const store = connect();
      const r = await store.append(`odd-${randomUUID()}`, [ev('A', 0), ev('B', 1)], 'no-stream');
      const [last] = await store.readAll(r.position - 3, 5);
      expect(last?.eventId).toBe(r.events[1]!.eventId);
      expect(verifyChain(await store.readAll(0, 100_000)).ok).toBe(true);
    });
  });
} else {
  console.log(
    'EventStoreDB contract: not run — set EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false to run it against a server',
  );
}
