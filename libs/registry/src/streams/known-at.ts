import { foldRecorded, type Decider, type StreamEvent } from '@pacta/domain';
import type { StoredEvent } from '@pacta/event-store';
import type { KnownAt } from '@pacta/projections';
import type { Loaded } from './stream-repository';

/** The last event a view of an earlier recorded time folds. */
export interface KnownAtView {
  position: number;
  recordedAt: string;
}

/** The events the registry held at `knownAt`: a prefix of the stream, since a stream is recorded in order. */
function knownPrefix(events: StoredEvent[], knownAt: KnownAt): StoredEvent[] {
  const known =
    'position' in knownAt
      ? (e: StoredEvent) => e.globalPosition <= knownAt.position
      : (e: StoredEvent) => Date.parse(e.metadata.recordedAt) <= Date.parse(knownAt.instant);
  const firstUnknown = events.findIndex((e) => !known(e));
  return firstUnknown < 0 ? events : events.slice(0, firstUnknown);
}

/**
 * A loaded stream as the registry held it at `knownAt`: its state folded from the events recorded by then, the
 * revision of the last of them (-1 when none), and that event's position and time. Without `knownAt`, as loaded.
 */
export function asKnownAt<Command, Event extends StreamEvent, S>(
  decider: Decider<Command, Event, S>,
  loaded: Loaded<S>,
  knownAt: KnownAt | undefined,
): { state: S; revision: number; knownAt?: KnownAtView } {
  if (!knownAt) return { state: loaded.state, revision: loaded.revision };
  const events = knownPrefix(loaded.events, knownAt);
  const last = events.at(-1);
  return {
    state: foldRecorded(decider, events),
    revision: events.length - 1,
    ...(last && { knownAt: { position: last.globalPosition, recordedAt: last.metadata.recordedAt } }),
  };
}
