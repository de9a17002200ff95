import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDbEventStore } from '../../libs/event-store/src/eventstoredb/eventstoredb-event-store';
import { EsdbTestServer } from '../../libs/event-store/src/eventstoredb/testing';

export interface EsdbDouble {
  /** A temporary folder for the test's own files, removed afterwards. */
  dir: string;
  server: EsdbTestServer;
  store: EventStoreDbEventStore;
}

/** Starts the EventStoreDB test double for the enclosing describe, with a store that reconnects at once after a cut. */
export function useEsdbDouble(prefix: string): EsdbDouble {
  const double = {} as EsdbDouble;
  beforeAll(async () => {
    double.dir = mkdtempSync(join(tmpdir(), prefix));
    double.server = await EsdbTestServer.start();
    double.store = EventStoreDbEventStore.connect(double.server.connectionString(), { reconnectDelayMs: 5 });
  });
  afterAll(async () => {
    await double.store?.close();
    await double.server?.stop();
    if (double.dir) rmSync(double.dir, { recursive: true, force: true });
  });
  return double;
}
