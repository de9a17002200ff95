import type { EventMetadata, StoredEvent } from '../event-store.port';
import type { LogPosition, RecordedRecord, RecordToAppend } from './esdb-client';

/**
 * How a Pacta envelope lives in an EventStoreDB event. Data is the event's JSON data; the event id is the envelope's
 * eventId; the metadata carries the rest of the envelope under `pacta` (the port's metadata object exactly as hashed,
 * schemaVersion, prevHash and hash), plus `$correlationId`/`$causationId`, which the server's own tools understand.
 *
 * Global position: the event's commit position in the server's transaction log. For events appended over gRPC the
 * commit position is the event's own log position (equal to its prepare position), so it is unique per event,
 * strictly increasing in $all order, and maps back to the exact `{commit, prepare}` to read or subscribe from.
 * Positions are byte offsets, so they are sparse (1-based as the port requires: the log starts with the server's own
 * records, so no event is ever at 0).
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
  if (!record.position) {
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

export function toGlobalPosition(position: LogPosition): number {
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER) || position.commit < 1n) {
    throw new RangeError(`log position ${position.commit} cannot be a Pacta global position`);
  }
  return Number(position.commit);
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

/**
 * EventStoreDB deduplicates event ids only within one stream, while the port wants an id to be unique in the whole
 * store. Each id is therefore claimed, before its event is appended, in a stream of its own: appending with
 * `NO_STREAM` there is a store-wide unique constraint. These streams hold no Pacta envelope, so reads skip them.
 */
export const EVENT_ID_CLAIM_PREFIX = 'pacta-event-id-';
export const CLAIMED = 'PactaEventIdClaimed';
export const RELEASED = 'PactaEventIdReleased';

export interface Claim {
  streamId: string;
  /** The revision the event was to take (the event is at this revision or later once appended). */
  revision: number;
  token: string;
  claimedAt: string;
}

export const claimStreamOf = (eventId: string) => `${EVENT_ID_CLAIM_PREFIX}${eventId}`;
