import { InvalidEvent } from './errors';
import { EVENT_SCHEMAS, type DomainEvent } from './events';

/** The stream that holds one subject's events: `agreement-<id>` for the agreement `<id>`. */
export interface StreamNaming {
  streamOf(id: string): string;
  /** The subject's id, or undefined for a stream of another kind. */
  idOf(streamId: string): string | undefined;
}

/** What every event has, as the domain makes it and as a store gives it back. */
export interface StreamEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * A stream's rules as one value: what a command decides on the state, how each event changes the state, where the
 * state starts, which stream a subject's events live in, and how a recorded event reads back as a domain event.
 */
export interface Decider<Command, Event extends StreamEvent, State> {
  readonly decide: (command: Command, state: State) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
  readonly stream: StreamNaming;
  readonly decode: (recorded: StreamEvent) => Event;
}

export function streamNaming(prefix: string): StreamNaming {
  const head = `${prefix}-`;
  return {
    streamOf: (id) => `${head}${id}`,
    idOf: (streamId) => (streamId.startsWith(head) ? streamId.slice(head.length) : undefined),
  };
}

/**
 * Reads a recorded event back as one of `types`. Its data passed the event's schema when it was appended, and the
 * hash chain proves it unchanged since, so it is not parsed again; an older schema version would be upcast here.
 * No event has a second schema version yet, so every other version is refused.
 */
export function decoderOf<Event extends DomainEvent>(types: readonly Event['type'][]): (recorded: StreamEvent) => Event {
  const known = new Set<string>(types);
  return ({ type, schemaVersion, data }) => {
    if (!known.has(type)) throw new InvalidEvent(`${type} is not an event of this stream`, 'type');
    const current = EVENT_SCHEMAS[type as Event['type']].schemaVersion;
    if (schemaVersion !== current) {
      throw new InvalidEvent(`${type} has schema version ${current}; nothing upcasts version ${schemaVersion}`, 'schemaVersion');
    }
    return { type, schemaVersion, data } as Event;
  };
}

/** Folds recorded events, each decoded first, from the decider's initial state or from a state folded earlier. */
export const foldRecorded = <Event extends StreamEvent, State>(
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState' | 'decode'>,
  recorded: readonly StreamEvent[],
  from: State = decider.initialState,
): State => recorded.reduce((state, event) => decider.evolve(state, decider.decode(event)), from);
