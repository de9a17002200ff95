import { EventStore, StoredEvent, UnreadableEvent } from '@pacta/event-store';

/** Events per `readAll` call: large enough to amortise the query, small enough that memory stays flat. */
export const LOG_PAGE_SIZE = 1000;

export interface LogPageOptions {
  /** Start after this global position; default 0, the beginning of the log. */
  after?: number;
  pageSize?: number;
}

/**
 * The whole log in global order, one `readAll` page at a time: only the page being consumed is held, so a log of
 * any length is walked in constant memory. The next page is read only when the consumer asks for it.
 */
export async function* logPages(store: EventStore, { after = 0, pageSize = LOG_PAGE_SIZE }: LogPageOptions = {}): AsyncGenerator<StoredEvent[]> {
  let position = after;
  for (;;) {
    const page = await store.readAll(position, pageSize);
    if (page.length === 0) return;
    yield page;
    position = page[page.length - 1]!.globalPosition;
    if (page.length < pageSize) return;
  }
}

/**
 * Like `logPages`, but a row that no longer parses is yielded as its UnreadableEvent instead of ending the walk:
 * the page holding it is re-read one event at a time, so every other event is still checked.
 */
export async function* auditPages(
  store: EventStore,
  { after = 0, pageSize = LOG_PAGE_SIZE }: LogPageOptions = {},
): AsyncGenerator<(StoredEvent | UnreadableEvent)[]> {
  let position = after;
  for (;;) {
    let page: (StoredEvent | UnreadableEvent)[];
    try {
      page = await store.readAll(position, pageSize);
    } catch (error) {
      if (!(error instanceof UnreadableEvent)) throw error;
      page = [];
      for (let i = 0; i < pageSize; i++) {
        try {
          const [one] = await store.readAll(position, 1);
          if (!one) break;
          page.push(one);
          position = one.globalPosition;
        } catch (unreadable) {
          if (!(unreadable instanceof UnreadableEvent)) throw unreadable;
          page.push(unreadable);
          position = unreadable.globalPosition;
        }
      }
      if (page.length === 0) return;
      yield page;
      continue;
    }
    if (page.length === 0) return;
    yield page;
    position = (page[page.length - 1] as StoredEvent).globalPosition;
    if (page.length < pageSize) return;
  }
}
