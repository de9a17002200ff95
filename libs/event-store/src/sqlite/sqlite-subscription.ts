import type { StoredEvent } from '../event-store.port';

export interface ActiveSubscription {
  /** Called after each commit of this instance, with the events it committed, or undefined when they are to be read. */
  wake(committed: StoredEvent[] | undefined): void;
  close(): Promise<void>;
}

export interface FollowLog {
  afterPosition: number;
  onEvent: (event: StoredEvent) => Promise<void> | void;
  onError?: (error: unknown, event: StoredEvent) => void;
  /** Up to `limit` events of the log after `position`, in global order. */
  read: (position: number, limit: number) => StoredEvent[];
  batchSize: number;
  pollIntervalMs: number;
  /** The subscription stopped (closed, or its handler threw): the store forgets it. */
  onStop: () => void;
}

/**
 * A subscription to one SQLite log: it reads what it has not delivered in batches, and between them sleeps until
 * this instance commits (`wake`, with what it committed) or `pollIntervalMs` passes (another connection's commits).
 */
export function followLog({ afterPosition, onEvent, onError, read, batchSize, pollIntervalMs, onStop }: FollowLog): ActiveSubscription {
  let position = afterPosition;
  let stopped = false;
  let inHandler = false;
  let wakeUp: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  let pendingWake = false;
  // What this instance committed and the handler has not had yet: delivered without reading it back, as long as
  // it follows on from the last event delivered. Anything else (another writer's events, a gap) is read.
  let unread: StoredEvent[] = [];

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) {
        pendingWake = false;
        return resolve();
      }
      wakeUp = resolve;
      timer = setTimeout(resolve, pollIntervalMs);
    }).then(() => {
      if (timer) clearTimeout(timer);
      timer = null;
      wakeUp = null;
    });

  const loop = async () => {
    while (!stopped) {
      pendingWake = false;
      let batch = committedAfter(unread, position, batchSize);
      let readFailed = false;
      if (!batch) {
        try {
          batch = read(position, batchSize);
        } catch {
          batch = []; // store busy or closing: try again at the next poll
          readFailed = true;
        }
      }
      for (const event of batch) {
        if (stopped) return;
        inHandler = true;
        try {
          await onEvent(event);
        } catch (error) {
          stopped = true;
          onStop();
          (onError ?? ((err, ev) => console.error(`event store subscription stopped at ${ev.globalPosition}`, err)))(error, event);
          return;
        } finally {
          inHandler = false;
        }
        position = event.globalPosition;
      }
      unread = unread.filter((event) => event.globalPosition > position);
      if (batch.length < batchSize && (unread.length === 0 || readFailed)) await sleep();
      else await new Promise((r) => setImmediate(r)); // let other work run between catch-up batches
    }
  };

  const sub: ActiveSubscription = {
    wake: (committed) => {
      // A handler this far behind reads the log instead of holding in memory what it has not had; so does one
      // that was not handed the events (with a gap in what it holds, it would not know to read them).
      unread = committed && unread.length + committed.length <= batchSize ? unread.concat(committed) : [];
      pendingWake = true;
      wakeUp?.();
    },
    close: async () => {
      stopped = true;
      onStop();
      wakeUp?.();
      // Closing from inside the handler must not wait for the handler itself.
      if (!inHandler) await done;
    },
  };
  // Not before the caller holds the subscription: a handler that throws at once stops it through onStop.
  const done = Promise.resolve().then(loop);
  return sub;
}

/**
 * The run of `committed` that follows `position` without a gap, at most `limit` long; undefined when the event at
 * position + 1 is not among them (another connection wrote it, or they were dropped).
 */
function committedAfter(committed: StoredEvent[], position: number, limit: number): StoredEvent[] | undefined {
  let start = 0;
  while (start < committed.length && committed[start].globalPosition <= position) start++;
  if (start === committed.length || committed[start].globalPosition !== position + 1) return undefined;
  let end = start + 1;
  while (end < committed.length && end - start < limit && committed[end].globalPosition === committed[end - 1].globalPosition + 1) end++;
  return committed.slice(start, end);
}

