import {
  AppendResult,
  DuplicateEventId,
  EventStore,
  ExpectedRevision,
  ProposedEvent,
  StoredEvent,
  StoreUnavailable,
  Subscription,
  WrongExpectedRevision,
} from '../event-store.port';
import { canonicalJson, eventHashFromCanonicalParts } from '../hash-chain';
import { EsdbClient, LiveRecords, LogPosition, RecordedRecord } from './esdb-client';
import { UnpositionedEvent, fromRecord, isPactaRecord, toGlobalPosition, toLogPosition, toRecordToAppend } from './esdb-envelope';

export interface EventStoreDbOptions {
  /** How often an append with expected revision 'any' is retried after losing a race. Default 20. */
  maxAnyAttempts?: number;
  /** Records fetched per read of $all. Default 512. */
  pageSize?: number;
  /** Delay before a dropped subscription reconnects; doubles up to 5 s. Default 200. */
  reconnectDelayMs?: number;
}

export interface EventStoreDbSubscribeOptions {
  /** Called when the handler throws or rejects; the subscription then stops. Default: console.error. */
  onError?: (error: unknown, event: StoredEvent) => void;
}

interface ActiveSubscription {
  close(): Promise<void>;
}

/** Records that belong to the Pacta log: not the server's own, and carrying an envelope. */
function isLogEvent(r: RecordedRecord): boolean {
  return !r.streamId.startsWith('$') && !r.type.startsWith('$') && isPactaRecord(r);
}

/**
 * The EventStore port on EventStoreDB (and KurrentDB), for production and clusters.
 *
 * - Streams are the port's stream ids (`agreement-<id>`, `party-<id>`); event ids are the envelope's (derived from the
 *   stream and the Idempotency-Key when there is one); the rest of the envelope travels in the event's metadata
 *   (esdb-envelope.ts).
 * - The hash chain is computed here, exactly as the SQLite adapter does: each append reads the stream's last event
 *   and appends with that exact revision, so the prevHash it chained on is the one the server accepts the write on.
 *   An expected revision of 'any' is therefore "whatever the head is", retried when the head moves under us.
 * - Global positions are the events' prepare positions (see esdb-envelope.ts): sparse, strictly increasing numbers.
 * - A replayed append is the server's own per-stream idempotence (same ids at the same revision) plus refuseReplay()
 *   when the stream has moved on since; event ids are not checked across streams (the port asks only this).
 * - Needs EventStoreDB 22.6 or newer (reads of a stream carry event positions from then on); checked once.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<ActiveSubscription>();
  private closed = false;
  private lastAppended = 0;
  private readonly options: Required<EventStoreDbOptions>;
  private supported: Promise<void> | undefined;

  private constructor(
    private readonly client: EsdbClient,
    options: EventStoreDbOptions,
  ) {
    this.options = {
      maxAnyAttempts: options.maxAnyAttempts ?? 20,
      pageSize: Math.max(2, options.pageSize ?? 512),
      reconnectDelayMs: options.reconnectDelayMs ?? 200,
    };
  }

  /** Connects lazily: the first call reaches the server (StoreUnavailable while it cannot). */
  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EsdbClient.connect(connectionString), options);
  }

  async append(streamId: string, events: ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    await this.ready();
    if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
      throw new RangeError(`expected revision must be a non-negative integer, 'no-stream' or 'any'; got ${expected}`);
    }
    const prepared = events.map((event) => ({ event, data: canonicalJson(event.data), metadata: canonicalJson(event.metadata) }));
    const ids = new Set<string>();
    for (const { event } of prepared) {
      if (ids.has(event.eventId)) throw new DuplicateEventId(event.eventId);
      ids.add(event.eventId);
    }

    for (let attempt = 1; ; attempt++) {
      const head = await this.lastEvent(streamId);
      const actual = head ? head.streamRevision : null;
      if (expected === 'no-stream' ? actual !== null : expected !== 'any' && actual !== expected) {
        await this.refuseReplay(streamId, ids, expected);
        throw new WrongExpectedRevision(streamId, expected, actual);
      }
      if (prepared.length === 0) {
        return { streamId, revision: actual ?? -1, position: head?.globalPosition ?? 0, events: [] };
      }
      const first = (actual ?? -1) + 1;
      let prevHash = head ? head.hash : null;
      const chained: UnpositionedEvent[] = prepared.map(({ event, data, metadata }, i) => {
        const streamRevision = first + i;
        const hash = eventHashFromCanonicalParts(
          { prevHash, streamId, streamRevision, eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion },
          data,
          metadata,
        );
        const e: UnpositionedEvent = {
          streamId,
          streamRevision,
          eventId: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: JSON.parse(data),
          metadata: JSON.parse(metadata),
          prevHash,
          hash,
        };
        prevHash = hash;
        return e;
      });

      const lost = await this.write(streamId, first, chained, actual);
      if (lost) {
        if (expected !== 'any') {
          await this.refuseReplay(streamId, ids, expected);
          throw new WrongExpectedRevision(streamId, expected, lost.actual);
        }
        if (attempt >= this.options.maxAnyAttempts) {
          throw new StoreUnavailable(`stream ${streamId}: ${attempt} appends in a row lost the race for its head`);
        }
        continue;
      }

      // The server answers a replay of this very append (same ids, same revision) as a success without writing:
      // what is read back is the events at these revisions, whoever wrote them.
      const written = (await this.client.readStream(streamId, BigInt(first), chained.length)).map(fromRecord);
      if (written.length !== chained.length || written.some((e, i) => e.eventId !== chained[i]!.eventId)) {
        throw new Error(`stream ${streamId}: the events read back at revision ${first} are not the ones just appended`);
      }
      const position = written[written.length - 1]!.globalPosition;
      this.lastAppended = Math.max(this.lastAppended, position);
      return { streamId, revision: first + chained.length - 1, position, events: written };
    }
  }

  async readStream(streamId: string, fromRevision = 0): Promise<StoredEvent[]> {
    await this.ready();
    return (await this.client.readStream(streamId, BigInt(fromRevision))).map(fromRecord);
  }

  /**
   * Reads $all from the event at `afterPosition` (inclusive on the server, so that one is skipped). A number that is
   * not an event's position (typed by hand, say) may not be a readable place in the server's log: the server refuses
   * it, and the read starts from the beginning instead, skipping up to the number.
   */
  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    await this.ready();
    if (limit <= 0) return [];
    const after = BigInt(Math.max(0, Math.floor(afterPosition)));
    const out: StoredEvent[] = [];
    let from: LogPosition | 'start' = after === 0n ? 'start' : toLogPosition(Number(after));
    let floor = after;
    for (;;) {
      let page: RecordedRecord[];
      try {
        page = await this.client.readAll(from, this.options.pageSize);
      } catch (error) {
        if (error instanceof StoreUnavailable || from === 'start') throw error;
        from = 'start';
        continue;
      }
      for (const r of page) {
        if (!r.position || r.position.prepare <= floor) continue;
        floor = r.position.prepare;
        if (!isLogEvent(r)) continue;
        out.push(fromRecord(r));
        if (out.length === limit) return out;
      }
      if (page.length < this.options.pageSize) return out;
      from = page[page.length - 1]!.position!;
    }
  }

  lastAppendedPosition(): number {
    return this.lastAppended;
  }

  async headPosition(): Promise<number> {
    await this.ready();
    let before: LogPosition | 'end' = 'end';
    for (;;) {
      const page = await this.client.readAllBackwards(this.options.pageSize, before);
      for (const r of page) {
        if (before !== 'end' && r.position && r.position.prepare >= before.prepare) continue;
        if (isLogEvent(r)) return toGlobalPosition(r.position!);
      }
      if (page.length < this.options.pageSize) return 0;
      before = page[page.length - 1]!.position!;
    }
  }

  /**
   * Delivers every event after `afterPosition` in order, serially, then new ones as any instance appends them: a
   * catch-up subscription to $all without system events. A dropped connection is resubscribed from the last delivered
   * event; if the handler throws, the subscription stops and the error goes to `options.onError`.
   */
  subscribe(
    afterPosition: number,
    onEvent: (event: StoredEvent) => Promise<void> | void,
    options: EventStoreDbSubscribeOptions = {},
  ): Subscription {
    if (this.closed) throw new StoreUnavailable('event store is closed');
    let position = afterPosition;
    let stopped = false;
    let inHandler = false;
    let live: LiveRecords | null = null;
    let wakeUp: (() => void) | null = null;
    const report = options.onError ?? ((err, ev) => console.error(`event store subscription stopped at ${ev.globalPosition}`, err));

    /** Hands one event to the handler; false when the subscription must stop. */
    const deliver = async (event: StoredEvent): Promise<boolean> => {
      if (stopped || event.globalPosition <= position) return !stopped;
      inHandler = true;
      try {
        await onEvent(event);
      } catch (error) {
        stopped = true;
        this.subscriptions.delete(sub);
        report(error, event);
        return false;
      } finally {
        inHandler = false;
      }
      position = event.globalPosition;
      return true;
    };

    const loop = async () => {
      let delay = this.options.reconnectDelayMs;
      while (!stopped) {
        try {
          await this.ready();
          // Subscribe only from the position of an event that exists: the checkpoint may be any number.
          let from: LogPosition | 'start' = 'start';
          if (position > 0) {
            const head = await this.headPosition();
            const [next] = await this.readAll(position, 1);
            if (next) {
              if (!(await deliver(next))) return;
              from = toLogPosition(position);
            } else if (head > 0) {
              from = toLogPosition(head);
            }
          }
          if (stopped) return;
          live = this.client.subscribeToAll(from);
          for await (const r of live.records) {
            if (stopped) return;
            if (!isLogEvent(r)) continue;
            if (!(await deliver(fromRecord(r)))) return;
            delay = this.options.reconnectDelayMs;
          }
        } catch (error) {
          if (stopped) return;
          if (!(error instanceof StoreUnavailable)) console.error('event store subscription dropped; resubscribing', error);
        } finally {
          await live?.stop().catch(() => undefined);
          live = null;
        }
        if (stopped) return;
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          setTimeout(resolve, delay);
        });
        wakeUp = null;
        delay = Math.min(delay * 2, 5000);
      }
    };

    const sub: ActiveSubscription = {
      close: async () => {
        stopped = true;
        this.subscriptions.delete(sub);
        (wakeUp as (() => void) | null)?.();
        await live?.stop().catch(() => undefined);
        if (!inHandler) await done;
      },
    };
    this.subscriptions.add(sub);
    const done = loop();
    return { close: () => sub.close() };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.close();
  }

  /** Open, and the server is one Pacta can use (asked once; asked again after a failure to reach it). */
  private async ready(): Promise<void> {
    if (this.closed) throw new StoreUnavailable('event store is closed');
    this.supported ??= this.client.assertSupportedServer().catch((error: unknown) => {
      if (error instanceof StoreUnavailable) this.supported = undefined;
      throw error;
    });
    await this.supported;
  }

  private async lastEvent(streamId: string): Promise<StoredEvent | undefined> {
    const [last] = await this.client.readStreamBackwards(streamId, 1);
    return last ? fromRecord(last) : undefined;
  }

  /** Appends at exactly `actual`; returns the server's refusal when another writer got there first. */
  private async write(
    streamId: string,
    first: number,
    chained: UnpositionedEvent[],
    actual: number | null,
  ): Promise<WrongExpectedRevision | undefined> {
    try {
      await this.client.append(streamId, chained.map(toRecordToAppend), actual === null ? 'no-stream' : actual);
      return undefined;
    } catch (error) {
      if (error instanceof WrongExpectedRevision) return error;
      if (error instanceof StoreUnavailable && (await this.landed(streamId, first, chained))) return undefined;
      throw error;
    }
  }

  /**
   * Whether an append that got no answer (a deadline passed, the connection dropped) is in the stream after all, at
   * the revisions it was sent for. When not, it may still land later; a retry with the same ids is then a replay.
   */
  private async landed(streamId: string, first: number, sent: UnpositionedEvent[]): Promise<boolean> {
    const found = await this.client.readStream(streamId, BigInt(first), sent.length).catch(() => []);
    return found.length === sent.length && found.every((r, i) => r.eventId === sent[i]!.eventId);
  }

  /**
   * Throws DuplicateEventId when the stream already holds one of `ids` after the expected revision: the append is a
   * replay of one that went through (its answer lost, or a retried request), not a writer that lost a race.
   */
  private async refuseReplay(streamId: string, ids: Set<string>, expected: ExpectedRevision): Promise<void> {
    const from = typeof expected === 'number' ? BigInt(expected + 1) : 0n;
    const since = await this.client.readStream(streamId, from);
    const replayed = since.find((r) => ids.has(r.eventId));
    if (replayed) throw new DuplicateEventId(replayed.eventId);
  }
}
