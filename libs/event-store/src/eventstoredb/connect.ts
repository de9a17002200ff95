import type { EventStore } from '../event-store.port';
import type { EventStoreDbOptions } from './eventstoredb-event-store';

/** Loads the gRPC client only when EventStoreDB is chosen, so an SQLite service and the CLI start without it. */
export async function connectEventStoreDb(connectionString: string, options?: EventStoreDbOptions): Promise<EventStore> {
  const { EventStoreDbEventStore } = await import('./eventstoredb-event-store');
  return EventStoreDbEventStore.connect(connectionString, options);
}
