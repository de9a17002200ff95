import {
  DuplicateEventId,
  EventStore,
  ProposedEvent,
  StoredEvent,
  WrongExpectedRevision,
  eventIdsFor,
  newEventId,
} from '@pacta/event-store';
import { foldRecorded, refusalToAct, type ActingFor, type Decider, type StreamEvent } from '@pacta/domain';
import { Clock } from '../clock/clock';
import { CommandContext, WriteResult } from './command-context';
import { ContendedStream, IdempotencyKeyReused, StaleRevision } from './write-errors';

export interface Loaded<S> {
  state: S;
  /** Revision of the stream's last event; -1 when the stream does not exist. */
  revision: number;
  events: StoredEvent[];
}

const MAX_ATTEMPTS = 20;

/**
 * Streams whose folded state is kept between commands: the agreements and parties being worked on. Under a
 * working set larger than the cache, least-recently-used eviction misses on every command (each then reads and
 * parses its whole stream), so the cache holds several thousand; a state is a few kilobytes.
 */
const CACHED_STREAMS = 10_000;

interface Folded<S> {
  state: S;
  revision: number;
}

/** The state an attempt decides on, and whether it was read from the store or taken from the cache unread. */
interface Attempt<S> extends Loaded<S> {
  unread: boolean;
}

/**
 * One decider's streams: load a subject's stream (or take its cached fold), decide, append with the revision that
 * state was read at. A lost race is decided again on the new state, unless the caller pinned a revision with
 * If-Match (then it is a 412).
 */
export class StreamRepository<Command, Event extends StreamEvent, S> {
  /** Least recently used first. States are immutable (evolve returns new objects), so sharing them is safe. */
  private readonly folded = new Map<string, Folded<S>>();

  /**
   * `ownerOf` says whose a command is on the state it meets, for writes whose route leaves that to the state; without
   * it such a write is the registry's, which only a registrar for every party may make.
   */
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<Command, Event, S>,
    private readonly clock: Clock,
    private readonly ownerOf: (command: Command, state: S) => ActingFor = () => 'registry',
  ) {}

  async load(id: string): Promise<Loaded<S>> {
    const events = await this.store.readStream(this.decider.stream.streamOf(id));
    return { state: foldRecorded(this.decider, events), revision: events.length - 1, events };
  }

  /**
   * The stream's current state without its events: a cached fold brought up to date with only the events appended
   * since (by this process or another), so a command on a long stream does not read and parse all of it again.
   */
  async loadState(id: string): Promise<Folded<S>> {
    const streamId = this.decider.stream.streamOf(id);
    const cached = this.folded.get(streamId);
    const from = cached ? cached.revision + 1 : 0;
    const newer = await this.store.readStream(streamId, from);
    const folded = { state: foldRecorded(this.decider, newer, cached?.state), revision: from + newer.length - 1 };
    this.remember(streamId, folded);
    return folded;
  }

  /**
   * `beforeAppend` runs once the command is decided and before its events are written, on every attempt: for a
   * write another stream must first agree to (an agreement binding parties of a programme). If it throws, nothing is
   * written.
   */
  async update(
    id: string,
    command: Command,
    context: CommandContext,
    beforeAppend?: (decided: Event[], state: S) => Promise<void>,
  ): Promise<WriteResult> {
    const streamId = this.decider.stream.streamOf(id);
    for (let attempt = 1; ; attempt++) {
      const { state, revision, events, unread } = await this.read(id, streamId, attempt, context);
      const earlier = context.idempotency && answeredBefore(id, events, context.actor, context.idempotency);
      if (earlier) return earlier;
      let decided: Event[];
      try {
        if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
          throw new StaleRevision(streamId, context.expectedRevision, revision);
        }
        const refusal = context.ownerOnState ? refusalToAct(context.parties, this.ownerOf(command, state)) : undefined;
        if (refusal) throw refusal;
        decided = this.decider.decide(command, state);
      } catch (refusal) {
        // A refusal on a cached fold that another instance may have moved on is not final: read, and decide again.
        if (unread) continue;
        throw refusal;
      }
      await beforeAppend?.(decided, state);
      try {
        const appended = await this.store.append(streamId, this.envelope(streamId, decided, context), revision < 0 ? 'no-stream' : revision);
        this.remember(streamId, { state: decided.reduce(this.decider.evolve, state), revision: appended.revision });
        return { id, revision: appended.revision, position: appended.position };
      } catch (error) {
        if (error instanceof WrongExpectedRevision) {
          if (context.expectedRevision !== undefined) {
            throw new StaleRevision(streamId, context.expectedRevision, error.actual ?? -1);
          }
          if (attempt >= MAX_ATTEMPTS) throw new ContendedStream(streamId, attempt);
          continue;
        }
        if (error instanceof DuplicateEventId) {
          // The same key raced us on this stream: the stream now holds its answer (or a different request's: 422).
          const reloaded = await this.store.readStream(streamId);
          const answer = context.idempotency && answeredBefore(id, reloaded, context.actor, context.idempotency);
          if (answer) return answer;
          throw new IdempotencyKeyReused();
        }
        throw error;
      }
    }
  }

  /**
   * How an attempt reads the stream. With an Idempotency-Key: all of it, for an earlier answer to the key. The first
   * attempt otherwise decides on the cached fold as it is, unread: the append's expected revision proves it current.
   * Any later attempt, or a stream not cached, brings the fold up to date from the store.
   */
  private async read(id: string, streamId: string, attempt: number, context: CommandContext): Promise<Attempt<S>> {
    if (context.idempotency) return { ...(await this.load(id)), unread: false };
    const cached = attempt === 1 ? this.folded.get(streamId) : undefined;
    if (cached) return { ...cached, events: [], unread: true };
    return { ...(await this.loadState(id)), events: [], unread: false };
  }

  private remember(streamId: string, folded: Folded<S>): void {
    this.folded.delete(streamId);
    if (folded.revision < 0) return;
    this.folded.set(streamId, folded);
    if (this.folded.size > CACHED_STREAMS) this.folded.delete(this.folded.keys().next().value!);
  }

  private envelope(streamId: string, events: readonly StreamEvent[], context: CommandContext): ProposedEvent[] {
    // Keys recorded before the stream went into the ids are answered all the same: replays are found by the key in
    // the events' metadata (answeredBefore), never by their ids.
    const ids = context.idempotency
      ? eventIdsFor(streamId, `${context.actor}\n${context.idempotency.key}`, events.length)
      : events.map(() => newEventId());
    const recordedAt = this.clock.now().toISOString();
    return events.map((event, i) => ({
      eventId: ids[i],
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: {
        recordedAt,
        actor: context.actor,
        role: context.role,
        ...(context.parties !== 'all' && { parties: [...context.parties] }),
        correlationId: context.correlationId,
        causationId: context.correlationId,
        ...(context.idempotency && { idempotencyKey: context.idempotency.key, requestHash: context.idempotency.requestHash }),
      },
    }));
  }
}

function answeredBefore(
  id: string,
  events: StoredEvent[],
  actor: string,
  { key, requestHash }: NonNullable<CommandContext['idempotency']>,
): WriteResult | undefined {
  const mine = events.filter((e) => e.metadata.idempotencyKey === key && e.metadata.actor === actor);
  if (mine.length === 0) return undefined;
  if (mine.some((e) => e.metadata.requestHash !== requestHash)) throw new IdempotencyKeyReused();
  const last = mine[mine.length - 1];
  return { id, revision: last.streamRevision, position: last.globalPosition, replayed: true };
}
