import type { EventMetadata, StoredEvent } from '../event-store.port';
import type { LogPosition, RecordedRecord, RecordToAppend } from './esdb-client';

/**
 * How a Pacta envelope lives in an EventStoreDB event. Data is the event's JSON data; the event id is the envelope's
 * eventId; the metadata carries the rest of the envelope under `pacta` (the port's metadata object exactly as hashed,
 * schemaVersion, prevHash and hash), plus `$correlationId`/`$causationId`, which the server's own tools understand.
 *
 * Global position: the event's prepare position, its own byte offset in the server's transaction log. It is unique
 * per event and increases in $all order, whichever way the server lays out commits: a gRPC append gives each event
 * commit = prepare, but a log where the events of one append share one commit position is allowed too, and then
 * only the prepare position tells them apart (the test double runs the contract both ways). `{p, p}` is a place to
 * read or subscribe from: every event after the one at prepare p sorts after it in (commit, prepare) order, and the
 * adapter skips what it has already seen. Positions are sparse (1-based as the port requires: the log starts with
 * the server's own records, so no event is ever at 0).
 */
export interface PactaEnvelopeMetadata {
  $correlationId: string;
  $causationId: string;
  pacta: {
    schemaVersion: number;
    prevHash: string | null;
    hash: string;
    metadata: EventMetadata;
  };
}

export type UnpositionedEvent = Omit<StoredEvent, 'globalPosition'>;

export function toRecordToAppend(event: UnpositionedEvent): RecordToAppend {
  const metadata: PactaEnvelopeMetadata = {
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
    pacta: { schemaVersion: event.schemaVersion, prevHash: event.prevHash, hash: event.hash, metadata: event.metadata },
  };
  return { eventId: event.eventId, type: event.type, data: event.data, metadata: metadata as unknown as Record<string, unknown> };
}

/** Whether a recorded event was written by Pacta (and so carries an envelope); others in a shared database are not ours. */
export function isPactaRecord(record: RecordedRecord): boolean {
  const pacta = (record.metadata as Partial<PactaEnvelopeMetadata> | undefined)?.pacta;
  return (
    record.isJson &&
    typeof pacta === 'object' &&
    pacta !== null &&
    typeof pacta.hash === 'string' &&
    typeof pacta.schemaVersion === 'number' &&
    typeof pacta.metadata === 'object'
  );
}

export function fromRecord(record: RecordedRecord): StoredEvent {
  if (!isPactaRecord(record)) {
    throw new Error(`event ${record.eventId} in ${record.streamId} was not written by Pacta (no envelope in its metadata)`);
  }
  if (!record.position || record.position.prepare === NO_POSITION) {
    throw new Error('EventStoreDB returned an event without its log position: Pacta needs EventStoreDB 22.6 or newer');
  }
  const { pacta } = record.metadata as PactaEnvelopeMetadata;
  return {
    globalPosition: toGlobalPosition(record.position),
    streamId: record.streamId,
    streamRevision: toRevision(record.revision),
    eventId: record.eventId,
    type: record.type,
    schemaVersion: pacta.schemaVersion,
    data: record.data,
    metadata: pacta.metadata,
    prevHash: pacta.prevHash,
    hash: pacta.hash,
  };
}

/** What a server before 22.6 puts in both position fields of an event read from a stream: it has none there. */
export const NO_POSITION = 0xffff_ffff_ffff_ffffn;

export function toGlobalPosition(position: LogPosition): number {
  if (position.prepare > BigInt(Number.MAX_SAFE_INTEGER) || position.prepare < 1n) {
    throw new RangeError(`log position ${position.prepare} cannot be a Pacta global position`);
  }
  return Number(position.prepare);
}

export function toLogPosition(globalPosition: number): LogPosition {
  if (!Number.isSafeInteger(globalPosition) || globalPosition < 1) {
    throw new RangeError(`global position must be a positive integer, got ${globalPosition}`);
  }
  const p = BigInt(globalPosition);
  return { commit: p, prepare: p };
}

export function toRevision(revision: bigint): number {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER) || revision < 0n) throw new RangeError(`stream revision ${revision} out of range`);
  return Number(revision);
}
