import { SqliteEventStore, type StoredEvent } from '@pacta/event-store';
import { Follower, type FollowedReadModels } from './follower';

/** Read models that only record the batches they were given, one batch a transaction. */
function recordingReadModels() {
  const batches: number[][] = [];
  let position = 0;
  const readModels: FollowedReadModels = {
    position: () => position,
    isOpen: () => true,
    apply: async (events: StoredEvent[]) => {
      const fresh = events.filter((event) => event.globalPosition > position);
      if (fresh.length) batches.push(fresh.map((event) => event.globalPosition));
      position = Math.max(position, ...events.map((event) => event.globalPosition));
      follower.notifyWaiters();
    },
  };
  const follower = new Follower(store, readModels, { batchSize: 100, followDelayMs: 60_000, retryMs: 10 });
  return { follower, batches };
}

let store: SqliteEventStore;
const metadata = { recordedAt: '2026-01-01T00:00:00Z', actor: 'test', role: 'registrar', correlationId: 'c', causationId: 'c' };
const appendOne = (n: number) =>
  store.append(`t-${n}`, [{ eventId: `00000000-0000-4000-8000-00000000000${n}`, type: 'T', schemaVersion: 1, data: { n }, metadata }], 'no-stream');
const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

beforeEach(() => {
  store = SqliteEventStore.open(':memory:');
});
afterEach(() => store.close());

describe('Follower', () => {
  it('lets followed events wait, while no query waits for them, and applies those of several commits in one transaction', async () => {
    const { follower, batches } = recordingReadModels();
    follower.follow();
    for (const n of [1, 2, 3]) await appendOne(n); // three commits, one after another
    await turns(20);
    expect(batches).toEqual([]);

    expect(await follower.waitFor(3, 5_000)).toBe(true);
    expect(batches).toEqual([[1, 2, 3]]);
    await follower.unfollow();
  });

  it('applies at once what a query waits for, without waiting out the delay', async () => {
    const { follower, batches } = recordingReadModels();
    follower.follow();
    const reached = follower.waitFor(1, 5_000);
    await appendOne(1);
    expect(await reached).toBe(true);
    expect(batches).toEqual([[1]]);
    await follower.unfollow();
  });
});
