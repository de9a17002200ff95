import { randomUUID } from 'node:crypto';
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
import {
  CLAIMED,
  Claim,
  EVENT_ID_CLAIM_PREFIX,
  RELEASED,
  UnpositionedEvent,
  claimStreamOf,
  fromRecord,
  isPactaRecord,
  toGlobalPosition,
  toLogPosition,
  toRecordToAppend,
} from './esdb-envelope';

export interface EventStoreDbOptions {
  /** How long a claim on an event id whose event never appeared blocks other writers of that id. Default 10000. */
  claimLeaseMs?: number;
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

interface OwnedClaim {
  claimStream: string;
  claimRevision: number;
}

interface ActiveSubscription {
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Records that belong to the Pacta log: not the server's own, not an event-id claim, and carrying an envelope. */
function isLogEvent(r: RecordedRecord): boolean {
  return !r.streamId.startsWith('$') && !r.type.startsWith('$') && !r.streamId.startsWith(EVENT_ID_CLAIM_PREFIX) && isPactaRecord(r);
}

/**
 * The EventStore port on EventStoreDB (and KurrentDB), for production and clusters.
 *
 * - Streams are the port's stream ids (`agreement-<id>`, `party-<id>`); event ids are the envelope's (derived from the
 *   Idempotency-Key when there is one); the rest of the envelope travels in the event's metadata (esdb-envelope.ts).
 * - The hash chain is computed here, exactly as the SQLite adapter does: each append reads the stream's last event
 *   and appends with that exact revision, so the prevHash it chained on is the one the server accepts the write on.
 *   An expected revision of 'any' is therefore "whatever the head is", retried when the head moves under us.
 * - Global positions are the events' commit positions (see esdb-envelope.ts): sparse, strictly increasing numbers.
 * - Event ids are unique store-wide (the port's contract), not only per stream as the server guarantees: each id is
 *   claimed in a stream of its own before its event is written (see claim()).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<ActiveSubscription>();
  private closed = false;
  private lastAppended = 0;
  private readonly options: Required<EventStoreDbOptions>;

  private constructor(
    private readonly client: EsdbClient,
    options: EventStoreDbOptions,
  ) {
    this.options = {
      claimLeaseMs: options.claimLeaseMs ?? 10_000,
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
    this.assertOpen();
    if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
      throw new RangeError(`expected revision must be a non-negative integer, 'no-stream' or 'any'; got ${expected}`);
    }
    const prepared = events.map((event) => ({ event, data: canonicalJson(event.data), metadata: canonicalJson(event.metadata) }));
    const seen = new Set<string>();
    for (const { event } of prepared) {
      if (seen.has(event.eventId)) throw new DuplicateEventId(event.eventId);
      seen.add(event.eventId);
    }

    for (let attempt = 1; ; attempt++) {
      const head = await this.lastEvent(streamId);
      const actual = head ? head.streamRevision : null;
      if (expected === 'no-stream' ? actual !== null : expected !== 'any' && actual !== expected) {
        // A replay reports DuplicateEventId even when the stream has moved on since (as in every adapter).
        await this.refuseKnownIds([...seen]);
        throw new WrongExpectedRevision(streamId, expected, actual);
      }
      if (prepared.length === 0) {
        return { streamId, revision: actual ?? -1, position: head?.globalPosition ?? 0, events: [] };
      }
      const first = (actual ?? -1) + 1;
      const claims = await this.claimAll(
        prepared.map((p, i) => ({ eventId: p.event.eventId, streamId, revision: first + i })),
      );

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

      try {
        await this.client.append(streamId, chained.map(toRecordToAppend), actual === null ? 'no-stream' : actual);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error; // outcome unknown: claims stay until checked
        await this.release(claims);
        if (expected !== 'any') throw new WrongExpectedRevision(streamId, expected, error.actual);
        if (attempt >= this.options.maxAnyAttempts) {
          throw new StoreUnavailable(`stream ${streamId}: ${attempt} appends in a row lost the race for its head`);
        }
        continue;
      }

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
    this.assertOpen();
    return (await this.client.readStream(streamId, BigInt(fromRevision))).map(fromRecord);
  }

  /**
   * Reads $all from the event at `afterPosition` (inclusive on the server, so that one is skipped). A number that is
   * not an event's position (typed by hand, say) may not be a readable place in the server's log: the server refuses
   * it, and the read starts from the beginning instead, skipping up to the number.
   */
  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    this.assertOpen();
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
        if (!r.position || r.position.commit <= floor) continue;
        floor = r.position.commit;
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
    this.assertOpen();
    let before: LogPosition | 'end' = 'end';
    for (;;) {
      const page = await this.client.readAllBackwards(this.options.pageSize, before);
      for (const r of page) {
        if (before !== 'end' && r.position && r.position.commit >= before.commit) continue;
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
    this.assertOpen();
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

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailable('event store is closed');
  }

  private async lastEvent(streamId: string): Promise<StoredEvent | undefined> {
    const [last] = await this.client.readStreamBackwards(streamId, 1);
    return last ? fromRecord(last) : undefined;
  }

  /** Whether the event a claim was made for is in its stream, at the claimed revision. */
  private async fulfilled(claim: Claim, eventId: string): Promise<boolean> {
    const [at] = await this.client.readStream(claim.streamId, BigInt(claim.revision), 1);
    return at?.eventId === eventId;
  }

  private async lastClaim(eventId: string): Promise<{ revision: number; type: string; claim: Claim } | undefined> {
    const [last] = await this.client.readStreamBackwards(claimStreamOf(eventId), 1);
    return last ? { revision: Number(last.revision), type: last.type, claim: last.data as Claim } : undefined;
  }

  /** Throws DuplicateEventId for the first id whose event is already stored. */
  private async refuseKnownIds(eventIds: string[]): Promise<void> {
    for (const eventId of eventIds) {
      const last = await this.lastClaim(eventId);
      if (last?.type === CLAIMED && (await this.fulfilled(last.claim, eventId))) throw new DuplicateEventId(eventId);
    }
  }

  /** Claims every id, or none: on a duplicate the claims already taken are released and DuplicateEventId is thrown. */
  private async claimAll(wanted: { eventId: string; streamId: string; revision: number }[]): Promise<OwnedClaim[]> {
    const results = await Promise.allSettled(wanted.map((w) => this.claim(w.eventId, w.streamId, w.revision)));
    const owned = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed) return owned;
    await this.release(owned);
    throw failed.reason;
  }

  /**
   * Takes the store-wide claim on an event id. The claim stream's last event says who holds it: nobody (no stream, or
   * released), an event already written (DuplicateEventId), or a writer still on its way — which is waited for, up
   * to the lease, after which the claim counts as abandoned (its writer crashed between claiming and appending).
   */
  private async claim(eventId: string, streamId: string, revision: number): Promise<OwnedClaim> {
    const claimStream = claimStreamOf(eventId);
    const claim: Claim = { streamId, revision, token: randomUUID(), claimedAt: new Date().toISOString() };
    let expected: ExpectedRevision = 'no-stream';
    for (;;) {
      try {
        const { nextRevision } = await this.client.append(
          claimStream,
          [{ eventId: randomUUID(), type: CLAIMED, data: claim, metadata: {} }],
          expected,
        );
        return { claimStream, claimRevision: Number(nextRevision) };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
      }
      for (;;) {
        const last = await this.lastClaim(eventId);
        if (!last) {
          expected = 'no-stream';
          break;
        }
        if (last.type !== CLAIMED) {
          expected = last.revision;
          break;
        }
        if (await this.fulfilled(last.claim, eventId)) throw new DuplicateEventId(eventId);
        if (Date.now() - Date.parse(last.claim.claimedAt) >= this.options.claimLeaseMs) {
          expected = last.revision;
          break;
        }
        await sleep(50);
      }
    }
  }

  /** Gives claims back after an append that certainly wrote nothing; a claim taken over meanwhile is left alone. */
  private async release(claims: OwnedClaim[]): Promise<void> {
    await Promise.all(
      claims.map((c) =>
        this.client
          .append(c.claimStream, [{ eventId: randomUUID(), type: RELEASED, data: {}, metadata: {} }], c.claimRevision)
          .catch(() => undefined),
      ),
    );
  }
}
