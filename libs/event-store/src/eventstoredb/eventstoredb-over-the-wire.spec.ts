import { randomUUID } from 'node:crypto';
import { StoredEvent } from '../event-store.port';
import { verifyChain } from '../hash-chain';
import { contractEvent as ev, describeEventStoreContract, waitFor } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { esdbTargets } from './testing';

/**
 * The shared contract, and what several instances on one server must hold, run against the adapter over gRPC: the
 * test double under both commit-position layouts in every run, and a real server when EVENTSTORE_CONNECTION_STRING
 * is set.
 */
for (const target of esdbTargets()) {
  describeEventStoreContract(`EventStoreDbEventStore over ${target.name}`, async () =>
    EventStoreDbEventStore.connect(await target.connectionString()),
  );

  describe(`EventStoreDbEventStore over ${target.name}: several instances`, () => {
    const open: EventStoreDbEventStore[] = [];
    const connect = async () => {
      const s = EventStoreDbEventStore.connect(await target.connectionString());
      open.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    afterAll(() => target.stop());

    it('two instances racing on one stream: exactly one wins per revision, the chain stays intact', async () => {
      const [a, b] = [await connect(), await connect()];
      const stream = `race-${randomUUID()}`;
      await a.append(stream, [ev('Created', 0)], 'no-stream');
      const acknowledged: string[] = [];
      for (let rev = 0; rev < 10; rev++) {
        const ea = ev('FromA', rev);
        const eb = ev('FromB', rev);
        const results = await Promise.allSettled([a.append(stream, [ea], rev), b.append(stream, [eb], rev)]);
        const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[ea, eb][i]!.eventId] : []));
        expect(won).toHaveLength(1);
        acknowledged.push(...won);
      }
      const events = await b.readStream(stream);
      expect(events.slice(1).map((e) => e.eventId)).toEqual(acknowledged);
      expect(verifyChain(events).ok).toBe(true);
    });

    it('a subscriber on one instance sees appends made through another', async () => {
      const [a, b] = [await connect(), await connect()];
      const stream = `sub-${randomUUID()}`;
      const seen: StoredEvent[] = [];
      const sub = a.subscribe(await a.headPosition(), (e) => {
        if (e.streamId === stream) seen.push(e);
      });
      await b.append(stream, [ev('One', 0)], 'no-stream');
      await b.append(stream, [ev('Two', 1)], 0);
      await waitFor(() => seen.length === 2);
      expect(seen).toEqual(await b.readStream(stream));
      await sub.close();
    });

    it('the same replayed append from two instances at once is written once', async () => {
      const [a, b] = [await connect(), await connect()];
      const stream = `replay-${randomUUID()}`;
      await a.append(stream, [ev('Created', 0)], 'no-stream');
      const batch = [ev('Once', 1), ev('Twice', 2)];
      const results = await Promise.allSettled([a.append(stream, batch, 0), b.append(stream, batch, 0)]);
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'DuplicateEventId' });
      expect((await a.readStream(stream)).map((e) => e.type)).toEqual(['Created', 'Once', 'Twice']);
    });

    it('reads all after a number that is no event’s position', async () => {
      const store = await connect();
      const r = await store.append(`odd-${randomUUID()}`, [ev('A', 0), ev('B', 1)], 'no-stream');
      const [last] = await store.readAll(r.position - 3, 5);
      expect(last?.eventId).toBe(r.events[1]!.eventId);
      expect(verifyChain(await store.readAll(0, 100_000)).ok).toBe(true);
    });
  });
}
