/**
 * The one port every store adapter implements. Revisions are 0-based per stream; global positions are
 * 1-based and strictly increasing across the whole log, so `afterPosition = 0` means "from the start".
 */
export interface EventMetadata {
  recordedAt: string;
  actor: string;
  role: string;
  /** The parties the actor acted for, when not all of them. */
  parties?: string[];
  correlationId: string;
  causationId: string;
  idempotencyKey?: string;
  /** SHA-256 of the request that produced the event; lets a replayed Idempotency-Key be compared. */
  requestHash?: string;
}

export interface ProposedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export interface StoredEvent extends ProposedEvent {
  globalPosition: number;
  streamId: string;
  streamRevision: number;
  prevHash: string | null;
  hash: string;
}

/** `no-stream`: the stream must not exist; a number: the revision of the stream's last event. */
export type ExpectedRevision = number | 'no-stream' | 'any';

export interface AppendResult {
  streamId: string;
  /** Revision of the last event appended. */
  revision: number;
  /** Global position of the last event appended. */
  position: number;
  events: StoredEvent[];
}

export interface Subscription {
  close(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order, from `fromRevision` (inclusive); [] when the stream does not exist. */
  readStream(streamId: string, fromRevision?: number): Promise<StoredEvent[]>;
  /** Up to `limit` events of the whole log with globalPosition > afterPosition, in global order. */
  readAll(afterPosition: number, limit: number): Promise<StoredEvent[]>;
  /** Global position of the last event in the log; 0 when empty. */
  headPosition(): Promise<number>;
  /**
   * Global position of the last event this instance appended and acknowledged; 0 before its first append. A read
   * on this instance that reflects it reflects every write the instance acknowledged.
   */
  lastAppendedPosition(): number;
  /**
   * Delivers every event after `afterPosition`, in order, then each new one as it is appended (by this
   * process or another). The next event is not delivered before the handler's promise settles.
   */
  subscribe(afterPosition: number, onEvent: (event: StoredEvent) => Promise<void> | void): Subscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | null,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual ?? 'no stream'}`);
    this.name = 'WrongExpectedRevision';
  }
}

/**
 * The append repeats event ids its stream already holds after the expected revision (or twice in one batch): a
 * replay of an earlier append, so nothing is written. Every adapter promises this per stream, which is all a replayed
 * command needs, as its ids derive from the stream (eventIdsFor). SQLite also refuses an id held by another stream.
 */
export class DuplicateEventId extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} is already stored`);
    this.name = 'DuplicateEventId';
  }
}

/**
 * The store cannot take writes now (disk full, locked, unreachable); nothing was written — except when a networked
 * store stopped answering mid-append (a deadline): then the write may still land, and a retry with the same event
 * ids is refused as a replay (DuplicateEventId).
 */
export class StoreUnavailable extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreUnavailable';
  }
}

/** A stored event whose bytes no longer parse (the store was altered outside Pacta); it names where it is. */
export class UnreadableEvent extends Error {
  constructor(
    readonly globalPosition: number,
    readonly streamId: string,
    readonly streamRevision: number,
    override readonly cause?: unknown,
  ) {
    super(`event at position ${globalPosition} (${streamId}@${streamRevision}) cannot be read: ${(cause as Error)?.message ?? cause}`);
    this.name = 'UnreadableEvent';
  }
}
