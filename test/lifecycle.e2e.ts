import { SqliteEventStore, StoredEvent, verifyChain } from '@pacta/event-store';
import { rebuildReadModels } from '@pacta/projections';
import { dumpReadModels } from '../libs/projections/src/testing/dump-read-models';
import { KEYS } from './support/pacta';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDataDir } from './support/pacta';
import { RunningService, checkedFetch, registrarPost, startService, stopService } from './support/service';

interface Ack {
  id: string;
  position: number;
}

/** Several clients writing until their service goes away; returns what the service acknowledged. */
async function writeUntilGone(service: RunningService, clients: number, prefix: string): Promise<Ack[]> {
  const acks: Ack[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; ; i++) {
        const id = `${prefix}-${client}-${i}`;
        try {
          const response = await registrarPost(service.url, '/v1/parties', { id, name: { fi: id }, type: 'municipality' });
          if (response.status === 503 && ((await response.json()) as { code: string }).code === 'shutting-down') return;
          if (response.status !== 201) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
          acks.push({ id, position: ((await response.json()) as Ack).position });
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
          return; // the service is gone: connection refused or reset
        }
      }
    }),
  );
  return acks;
}

async function storedEvents(dataDir: string): Promise<StoredEvent[]> {
  const store = SqliteEventStore.open(join(dataDir, 'events.db'));
  try {
    const all: StoredEvent[] = [];
    for (let page = await store.readAll(0, 1000); page.length; page = await store.readAll(all[all.length - 1].globalPosition, 1000)) {
      all.push(...page);
    }
    return all;
  } finally {
    await store.close();
  }
}

describe('the service as a process', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('loses no acknowledged write when killed with SIGKILL under load, and restarts on an intact log and read models', async () => {
    const dataDir = temporaryDataDir();
    dirs.push(dataDir);
    const service = await startService(dataDir);
    const writing = writeUntilGone(service, 6, 'crash');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stopService(service, 'SIGKILL');
    const acks = await writing;
    expect(acks.length).toBeGreaterThan(20);

    const restarted = await startService(dataDir);
    try {
      const events = await storedEvents(dataDir);
      const byPosition = new Map(events.map((e) => [e.globalPosition, e]));
      for (const ack of acks) expect(byPosition.get(ack.position)?.streamId).toBe(`party-${ack.id}`);
      expect(verifyChain(events).ok).toBe(true);
      const after = await registrarPost(restarted.url, '/v1/parties', { id: 'after-crash', name: { fi: 'x' }, type: 'municipality' });
      expect(after.status).toBe(201);
      const { position } = (await after.json()) as Ack;
      const caughtUp = await checkedFetch(restarted.url, `/v1/parties?minPosition=${position}`, { headers: { Authorization: `Bearer ${KEYS.legal}` } });
      expect(caughtUp.status).toBe(200);
    } finally {
      expect(await stopService(restarted)).toBe(0);
    }
    const rebuilt = join(temporaryDataDir(), 'rebuilt.db');
    const store = SqliteEventStore.open(join(dataDir, 'events.db'));
    try {
      await rebuildReadModels(store, rebuilt);
    } finally {
      await store.close();
    }
    expect(dumpReadModels(join(dataDir, 'read-models.db'))).toEqual(dumpReadModels(rebuilt));
  }, 60_000);

  it('finishes in-flight requests on SIGTERM, exits 0, and every write it made was acknowledged', async () => {
    const dataDir = temporaryDataDir();
    dirs.push(dataDir);
    const service = await startService(dataDir);
    const writing = writeUntilGone(service, 6, 'term');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const exitCode = await stopService(service, 'SIGTERM');
    const acks = await writing;
    expect(exitCode).toBe(0);
    expect(acks.length).toBeGreaterThan(20);
    const events = await storedEvents(dataDir);
    expect(events.map((e) => e.globalPosition).sort((a, b) => a - b)).toEqual(acks.map((a) => a.position).sort((a, b) => a - b));
    expect(verifyChain(events).ok).toBe(true);
  }, 60_000);
});
