import { EventStore } from '@pacta/event-store';
import { envelopeOf } from './envelope';
import { LogPageOptions, logPages } from './log-pages';

/**
 * The whole log as NDJSON (one envelope per line, global order), one chunk per page. Consumed through a stream
 * with backpressure, the next page is read only after the previous chunk was taken, so memory stays flat.
 */
export async function* exportNdjson(
  store: EventStore,
  options: LogPageOptions & { onProgress?: (events: number, position: number) => void } = {},
): AsyncGenerator<string> {
  let events = 0;
  for await (const page of logPages(store, options)) {
    let chunk = '';
    for (const event of page) chunk += JSON.stringify(envelopeOf(event)) + '\n';
    events += page.length;
    options.onProgress?.(events, page[page.length - 1]!.globalPosition);
    yield chunk;
  }
}
