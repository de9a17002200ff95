import { ANY, NO_STREAM, UnavailableError, UnknownError, WrongExpectedVersionError } from '@eventstore/db-client';
import { StoreUnavailable, WrongExpectedRevision } from '../event-store.port';
import { eventHash, verifyChain } from '../hash-chain';
import { contractEvent as ev } from '../testing';
import { RecordedRecord, toClientExpectedRevision, toPortError } from './esdb-client';
import {
  NO_POSITION,
  fromRecord,
  isPactaRecord,
  toGlobalPosition,
  toLogPosition,
  toRecordToAppend,
  UnpositionedEvent,
} from './esdb-envelope';

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

  it('tells Pacta events from the server’s and from other applications’ events', () => {
    const [e] = chained('party-y', 1);
    const ours = asRecorded(e!, 500n);
    expect(isPactaRecord(ours)).toBe(true);
    const server: RecordedRecord = { ...ours, streamId: '$settings', type: '$settings', metadata: {} };
    const foreign: RecordedRecord = { ...ours, metadata: { $correlationId: 'x' } };
    const binary: RecordedRecord = { ...ours, isJson: false };
    for (const r of [server, foreign, binary]) {
      expect(isPactaRecord(r)).toBe(false);
      expect(() => fromRecord(r)).toThrow(/not written by Pacta/);
    }
    expect(() => fromRecord({ ...ours, position: undefined })).toThrow(/22\.6 or newer/);
    expect(() => fromRecord({ ...ours, position: { commit: NO_POSITION, prepare: NO_POSITION } })).toThrow(/22\.6 or newer/);
  });

  it('maps prepare positions to global positions and back, refusing what is not a position', () => {
    expect(toLogPosition(123_456)).toEqual({ commit: 123_456n, prepare: 123_456n });
    expect(toGlobalPosition(toLogPosition(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toGlobalPosition({ commit: 900n, prepare: 700n })).toBe(700);
    expect(() => toGlobalPosition({ commit: 0n, prepare: BigInt(Number.MAX_SAFE_INTEGER) + 1n })).toThrow(RangeError);
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

