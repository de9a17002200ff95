import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryBuilder, Step } from '../../libs/projections/src/testing/random-history';
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

/** Lands each step's events while the double cuts every live subscription every few milliseconds; answers the cuts. */
export async function appendWhileCutting(double: EsdbDouble, history: HistoryBuilder, clock: { minute: number }, steps: Step[]): Promise<number> {
  let drops = 0;
  const cutter = setInterval(() => (drops += double.server.dropSubscriptions()), 7);
  try {
    for (const step of steps) {
      history.step(step);
      await history.appendTo(double.store, clock);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    clearInterval(cutter);
  }
  return drops;
}
