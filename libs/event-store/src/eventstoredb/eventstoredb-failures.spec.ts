import { DeadlineExceededError } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { DuplicateEventId, StoredEvent, StoreUnavailable } from '../event-store.port';
import { contractEvent as ev, waitFor } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EsdbTestServer } from './testing';

/** What a real cluster does to a client now and then, played by the test double, and what the adapter makes of it. */
describe('EventStoreDbEventStore when the server misbehaves (over the test double)', () => {
  const servers: EsdbTestServer[] = [];
  const stores: EventStoreDbEventStore[] = [];
  const start = async (options?: Parameters<typeof EsdbTestServer.start>[0]) => {
    const server = await EsdbTestServer.start(options);
    servers.push(server);
    return server;
  };
  const connect = (connectionString: string, options?: Parameters<typeof EventStoreDbEventStore.connect>[1]) => {
    const store = EventStoreDbEventStore.connect(connectionString, options);
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it('resubscribes from its last position after a dropped connection: no event lost, none delivered twice', async () => {
    const server = await start();
    const store = connect(server.connectionString(), { reconnectDelayMs: 20 });
    const stream = `drop-${randomUUID()}`;
    await store.append(stream, [ev('E0', 0), ev('E1', 1)], 'no-stream');
    const seen: StoredEvent[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sub = store.subscribe(0, async (e) => {
      if (e.type === 'E1') await held; // the connection drops while the handler still has this event
      seen.push(e);
    });
    await waitFor(() => seen.length === 1 && server.liveSubscriptions === 1);
    expect(server.dropSubscriptions()).toBe(1);
    await store.append(stream, [ev('E2', 2)], 1); // written while nobody is subscribed
    release();
    await waitFor(() => server.calls.subscribeToAll === 2 && server.liveSubscriptions === 1);
    await store.append(stream, [ev('E3', 3)], 2);
    await waitFor(() => seen.length === 4);
    await new Promise((r) => setTimeout(r, 100));
    await sub.close();
    expect(seen.map((e) => e.type)).toEqual(['E0', 'E1', 'E2', 'E3']);
    expect(seen).toEqual(await store.readStream(stream));
  });

  const APPEND_CALLS = [
    ['BatchAppend', true],
    ['classic Append', false],
  ] as const;

  it.each(APPEND_CALLS)('sends a write refused by a follower ("not leader") again to the leader it names (%s)', async (_, batchAppend) => {
    const leader = await start({ batchAppend });
    const follower = await start({ log: leader.log, leader: leader.endpoint, batchAppend });
    const store = connect(follower.connectionString());
    const stream = `leader-${randomUUID()}`;
    const result = await store.append(stream, [ev('A', 0)], 'no-stream');
    expect(result.revision).toBe(0);
    expect([follower.calls.append, leader.calls.append]).toEqual([1, 1]);
    expect(leader.log.readStream(stream, 'start', 'forwards', 10)?.map((r) => r.eventId)).toEqual([result.events[0]!.eventId]);
    // The client stays with the leader afterwards.
    await store.append(stream, [ev('B', 1)], 0);
    expect([follower.calls.append, leader.calls.append]).toEqual([1, 2]);
  });

  it.each(APPEND_CALLS)('reports an append the server never answered (deadline exceeded) as StoreUnavailable, writing nothing (%s)', async (_, batchAppend) => {
    const server = await start({ batchAppend });
    const store = connect(server.connectionString('defaultDeadline=300'));
    const stream = `deadline-${randomUUID()}`;
    const event = ev('A', 0);
    server.holdNextAppend({ write: false });
    const error = await store.append(stream, [event], 'no-stream').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect((error as StoreUnavailable).cause).toBeInstanceOf(DeadlineExceededError);
    expect(await store.readStream(stream)).toEqual([]);
    expect((await store.append(stream, [event], 'no-stream')).revision).toBe(0);
  });

  it.each(APPEND_CALLS)('finds an append written although its answer never came, and refuses its retry as a replay (%s)', async (_, batchAppend) => {
    const server = await start({ batchAppend });
    const store = connect(server.connectionString('defaultDeadline=300'));
    const stream = `deadline-${randomUUID()}`;
    const event = ev('A', 0);
    server.holdNextAppend({ write: true });
    const result = await store.append(stream, [event], 'no-stream');
    expect(result.events.map((e) => e.eventId)).toEqual([event.eventId]);
    await expect(store.append(stream, [event], 'no-stream')).rejects.toBeInstanceOf(DuplicateEventId);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('appends to the event’s own stream only: no second stream per event, three calls per append', async () => {
    const server = await start();
    const store = connect(server.connectionString());
    const stream = `cost-${randomUUID()}`;
    await store.append(stream, [ev('A', 0)], 'no-stream');
    const before = { ...server.calls };
    await store.append(stream, [ev('B', 1), ev('C', 2)], 0);
    expect(server.appendedStreams).toEqual([stream, stream]);
    expect({ append: server.calls.append - before.append, readStream: server.calls.readStream - before.readStream }).toEqual({
      append: 1,
      readStream: 2, // the head to chain on, and the events read back with their positions
    });
  });

  it.each([
    ['22.2.0', /EventStoreDB 22\.2\.0: Pacta needs EventStoreDB 22\.6 or newer/],
    ['', /older than 21\.10: Pacta needs EventStoreDB 22\.6 or newer/],
  ])('refuses a server reporting version "%s" (stream reads without positions) before writing anything', async (serverVersion, message) => {
    const server = await start({ serverVersion, positionsOnStreamReads: false });
    const store = connect(server.connectionString());
    await expect(store.append(`old-${randomUUID()}`, [ev('A', 0)], 'no-stream')).rejects.toThrow(message);
    await expect(store.readAll(0, 10)).rejects.toThrow(message);
    expect(server.calls.append).toBe(0);
  });

  it('names the missing positions when a server gives none on stream reads', async () => {
    const server = await start({ serverVersion: '22.6.0', positionsOnStreamReads: false });
    const store = connect(server.connectionString());
    const stream = `nopos-${randomUUID()}`;
    server.log.append(stream, [{ eventId: randomUUID(), type: 'A', contentType: 'application/json', data: Buffer.from('{}'), customMetadata: Buffer.from(JSON.stringify({ pacta: { hash: 'h', schemaVersion: 1, metadata: {}, prevHash: null } })) }], { kind: 'no-stream' });
    await expect(store.readStream(stream)).rejects.toThrow(/without its log position: Pacta needs EventStoreDB 22\.6 or newer/);
  });
});
