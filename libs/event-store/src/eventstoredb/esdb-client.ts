/**
 * The only file that knows the EventStoreDB client package. Moving to the vendor's successor (@kurrent/kurrentdb-client:
 * `kurrentdb://` scheme, `expectedRevision` renamed `streamState`) changes this file and nothing else.
 */
import {
  ANY,
  BACKWARDS,
  CancelledError,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  NotLeaderError,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { ExpectedRevision, StoreUnavailable, WrongExpectedRevision } from '../event-store.port';

/** A position in the server's transaction log. */
export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

/** One recorded event as the adapter needs it, whatever the client library calls its fields. */
export interface RecordedRecord {
  streamId: string;
  eventId: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: LogPosition;
}

export interface RecordToAppend {
  eventId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export interface LiveRecords {
  records: AsyncIterable<RecordedRecord>;
  stop(): Promise<void>;
}

/** The port's expected revision in the client's terms: `NO_STREAM`, an exact bigint, or `ANY`. */
export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no-stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/**
 * A client error in the port's terms: a wrong expected version becomes WrongExpectedRevision (with the actual revision,
 * null when there is no stream), an unreachable or leaderless cluster StoreUnavailable; anything else is returned as is.
 */
export function toPortError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualVersion;
    return new WrongExpectedRevision(streamId, expected, typeof actual === 'bigint' ? Number(actual) : null);
  }
  if (isUnavailable(error)) {
    return new StoreUnavailable(`EventStoreDB unavailable: ${(error as Error).message}`, error);
  }
  return error;
}

export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof NotLeaderError ||
    error instanceof CancelledError
  );
}

function toRecord(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedRecord | undefined {
  const e = resolved.event;
  if (!e) return undefined;
  return {
    streamId: e.streamId,
    eventId: e.id,
    revision: e.revision,
    type: e.type,
    isJson: e.isJson,
    data: e.data,
    metadata: e.metadata,
    position: e.position,
  };
}

async function collect(read: AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>): Promise<RecordedRecord[]> {
  const out: RecordedRecord[] = [];
  for await (const resolved of read) {
    const r = toRecord(resolved);
    if (r) out.push(r);
  }
  return out;
}

export class EsdbClient {
  private constructor(private readonly client: EventStoreDBClient) {}

  /** e.g. `esdb://localhost:2113?tls=false`, or `esdb://n1:2113,n2:2113,n3:2113?nodePreference=leader`. */
  static connect(connectionString: string): EsdbClient {
    return new EsdbClient(EventStoreDBClient.connectionString(connectionString));
  }

  /**
   * Refuses a server older than 22.6 (or one too old to say, before 21.10): reads of a stream carry event positions
   * only from 22.6, and Pacta's envelopes need them.
   */
  async assertSupportedServer(): Promise<void> {
    let version: string;
    try {
      // The client fetches the server's features before its first call anyway; it only keeps the getter protected.
      version = (await (this.client as unknown as { capabilities: Promise<{ serverVersion: string }> }).capabilities).serverVersion;
    } catch (error) {
      throw toPortError(error, '$all', 'any');
    }
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (!(major > 22 || (major === 22 && minor >= 6))) {
      throw new Error(`EventStoreDB ${version === 'unknown' ? 'older than 21.10' : version}: Pacta needs EventStoreDB 22.6 or newer`);
    }
  }

  /**
   * Appends JSON events on the leader; a wrong expected revision throws the port's WrongExpectedRevision. A follower
   * refuses the write naming the leader, the client reconnects there, and the append is sent once more: a refused
   * write wrote nothing.
   */
  async append(streamId: string, records: RecordToAppend[], expected: ExpectedRevision): Promise<{ nextRevision: bigint }> {
    const events = records.map((r) => jsonEvent({ id: r.eventId, type: r.type, data: r.data as JSONType, metadata: r.metadata }));
    const options = { expectedRevision: toClientExpectedRevision(expected), requiresLeader: true };
    try {
      try {
        return { nextRevision: (await this.client.appendToStream(streamId, events, options)).nextExpectedRevision };
      } catch (error) {
        if (!(error instanceof NotLeaderError)) throw error;
        return { nextRevision: (await this.client.appendToStream(streamId, events, options)).nextExpectedRevision };
      }
    } catch (error) {
      throw toPortError(error, streamId, expected);
    }
  }

  /** Events of a stream from `fromRevision`, forwards; [] when the stream does not exist. */
  async readStream(streamId: string, fromRevision: bigint, maxCount?: number): Promise<RecordedRecord[]> {
    return this.readStreamIn(streamId, { direction: FORWARDS, fromRevision, ...(maxCount ? { maxCount } : {}) });
  }

  /** The last `maxCount` events of a stream, newest first; [] when the stream does not exist. */
  async readStreamBackwards(streamId: string, maxCount: number): Promise<RecordedRecord[]> {
    return this.readStreamIn(streamId, { direction: BACKWARDS, fromRevision: END, maxCount });
  }

  private async readStreamIn(
    streamId: string,
    options: Parameters<EventStoreDBClient['readStream']>[1],
  ): Promise<RecordedRecord[]> {
    try {
      return await collect(this.client.readStream(streamId, options));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toPortError(error, streamId, 'any');
    }
  }

  /** Records of $all (system ones included) from `from`, inclusive, forwards. */
  async readAll(from: LogPosition | 'start', maxCount: number): Promise<RecordedRecord[]> {
    try {
      return await collect(this.client.readAll({ direction: FORWARDS, fromPosition: from === 'start' ? START : from, maxCount }));
    } catch (error) {
      throw toPortError(error, '$all', 'any');
    }
  }

  /** Records of $all (system ones included), newest first, from the end or from `before`. */
  async readAllBackwards(maxCount: number, before: LogPosition | 'end' = 'end'): Promise<RecordedRecord[]> {
    try {
      return await collect(
        this.client.readAll({ direction: BACKWARDS, fromPosition: before === 'end' ? END : before, maxCount }),
      );
    } catch (error) {
      throw toPortError(error, '$all', 'any');
    }
  }

  /** Catch-up subscription to $all without system events, strictly after `after` (or from the start). */
  subscribeToAll(after: LogPosition | 'start'): LiveRecords {
    const subscription = this.client.subscribeToAll({
      fromPosition: after === 'start' ? START : after,
      filter: excludeSystemEvents(),
    });
    async function* records(): AsyncIterable<RecordedRecord> {
      try {
        for await (const resolved of subscription) {
          const r = toRecord(resolved);
          if (r) yield r;
        }
      } catch (error) {
        throw toPortError(error, '$all', 'any');
      }
    }
    return { records: records(), stop: () => subscription.unsubscribe() };
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
