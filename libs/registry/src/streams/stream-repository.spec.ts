import { SqliteEventStore, eventIdsFor } from '@pacta/event-store';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CommandContext } from './command-context';
import { NotActingFor, type ActingFor, type Decider, type StreamEvent } from '@pacta/domain';
import { StreamRepository } from './stream-repository';
import { IdempotencyKeyReused, StaleRevision } from './write-errors';

/** A command here is its own decision; the state remembers every event type it saw, so a missed or doubled event shows. */
type Decide = (state: string[]) => StreamEvent[];
const seen: Decider<Decide, StreamEvent, string[]> = {
  decide: (decide, state) => decide(state),
  evolve: (state, event) => [...state, event.type],
  initialState: [],
  stream: { streamOf: (id) => id, idOf: (streamId) => streamId },
  decode: (recorded) => recorded,
};
const clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const context = (extra: Partial<CommandContext> = {}): CommandContext => ({
  actor: 'tester',
  role: 'registrar',
  parties: 'all',
  correlationId: 'c-1',
  ...extra,
});
const event = (type: string): StreamEvent => ({ type, schemaVersion: 1, data: {} });

describe('StreamRepository', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-streams-'));
    store = SqliteEventStore.open(path.join(dir, 'events.db'));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('decides on a cached fold that reads only the events appended since, including another instance’s', async () => {
    const mine = new StreamRepository(store, seen, clock);
    const other = new StreamRepository(store, seen, clock);
    const decidedOn: string[][] = [];
    const decide = (type: string) => (state: string[]) => {
      decidedOn.push(state);
      return [event(type)];
    };
    await mine.update('s', decide('A'), context());
    await other.update('s', decide('B'), context());
    const reads = jest.spyOn(store, 'readStream');
    const result = await mine.update('s', decide('C'), context());
    expect(decidedOn.at(-1)).toEqual(['A', 'B']);
    expect(reads.mock.calls).toEqual([['s', 1]]);
    expect(result.revision).toBe(2);
    expect((await mine.loadState('s')).state).toEqual(['A', 'B', 'C']);
  });

  it("checks a write the state owns against the caller's parties before deciding, and records them on the events", async () => {
    // The state's first event names the party that owns the stream.
    const ownedByFirst = (_: Decide, state: string[]): ActingFor => ({ agreement: 's', leads: state.slice(0, 1) });
    const repository = new StreamRepository(store, seen, clock, ownedByFirst);
    await repository.update('s', () => [event('rantasalmi')], context());
    let decided = false;
    const decide = () => ((decided = true), [event('B')]);
    await expect(repository.update('s', decide, context({ parties: ['kuopio'], ownerOnState: true }))).rejects.toBeInstanceOf(NotActingFor);
    expect(decided).toBe(false);
    expect(await store.readStream('s')).toHaveLength(1);
    await repository.update('s', decide, context({ parties: ['rantasalmi'], ownerOnState: true }));
    const [first, second] = await store.readStream('s');
    expect(first.metadata.parties).toBeUndefined();
    expect(second.metadata.parties).toEqual(['rantasalmi']);
  });

  it('keeps a write the state owns from a scoped caller when the repository cannot tell whose it is', async () => {
    const repository = new StreamRepository(store, seen, clock);
    await expect(repository.update('s', () => [event('A')], context({ parties: ['rantasalmi'], ownerOnState: true }))).rejects.toBeInstanceOf(NotActingFor);
    await repository.update('s', () => [event('A')], context({ ownerOnState: true }));
  });

  it('decides on its cached fold without reading the stream, and appends it at the cached revision', async () => {
    const repository = new StreamRepository(store, seen, clock);
    await repository.update('s', () => [event('A')], context());
    const reads = jest.spyOn(store, 'readStream');
    const decidedOn: string[][] = [];
    const result = await repository.update('s', (state) => (decidedOn.push(state), [event('B')]), context());
    expect(reads).not.toHaveBeenCalled();
    expect(decidedOn).toEqual([['A']]);
    expect(result.revision).toBe(1);
  });

  it('refuses nothing on an unread cached fold: another instance’s events are read and the command decided again', async () => {
    const mine = new StreamRepository(store, seen, clock);
    const other = new StreamRepository(store, seen, clock);
    await mine.update('s', () => [event('Drafted')], context());
    await other.update('s', () => [event('Approved')], context());
    const signOnlyWhenApproved = (state: string[]) => {
      if (!state.includes('Approved')) throw new Error('not approved');
      return [event('Signed')];
    };
    const result = await mine.update('s', signOnlyWhenApproved, context());
    expect(result.revision).toBe(2);
    await expect(new StreamRepository(store, seen, clock).update('t', signOnlyWhenApproved, context())).rejects.toThrow('not approved');
  });

  it('answers If-Match against the stream, not against a cached fold another instance moved on', async () => {
    const mine = new StreamRepository(store, seen, clock);
    const other = new StreamRepository(store, seen, clock);
    await mine.update('s', () => [event('A')], context());
    await other.update('s', () => [event('B')], context());
    const result = await mine.update('s', () => [event('C')], context({ expectedRevision: 1 }));
    expect(result.revision).toBe(2);
    await expect(mine.update('s', () => [event('D')], context({ expectedRevision: 1 }))).rejects.toThrow(StaleRevision);
  });

  it('decides again on fresh state when another writer wins the race after the cached read', async () => {
    const mine = new StreamRepository(store, seen, clock);
    await mine.update('s', () => [event('A')], context());
    let raced = false;
    const decidedOn: string[][] = [];
    const result = await mine.update(
      's',
      (state) => {
        decidedOn.push(state);
        if (!raced) {
          raced = true;
          // Another writer's append lands between our read and our append.
          void store.append('s', [{ eventId: 'b', type: 'B', schemaVersion: 1, data: {}, metadata: { recordedAt: '', actor: 'x', role: 'registrar', correlationId: 'c', causationId: 'c' } }], 0);
        }
        return [event('C')];
      },
      context(),
    );
    expect(decidedOn).toEqual([['A'], ['A', 'B']]);
    expect(result.revision).toBe(2);
    expect((await store.readStream('s')).map((e) => e.type)).toEqual(['A', 'B', 'C']);
  });

  it('reads the whole stream when an Idempotency-Key must be looked for, and answers a replay from it', async () => {
    const repository = new StreamRepository(store, seen, clock);
    const keyed = context({ idempotency: { key: 'k-1', requestHash: 'h' } });
    const first = await repository.update('s', () => [event('A')], keyed);
    const reads = jest.spyOn(store, 'readStream');
    const replay = await repository.update('s', () => [event('A')], keyed);
    expect(reads.mock.calls).toEqual([['s']]);
    expect(replay).toEqual({ ...first, replayed: true });
  });

  it('answers a replay of a key recorded before the stream went into event ids, writing nothing', async () => {
    // The ids the first derivation gave: SHA-256 over the actor and key alone, v5-shaped.
    const earlierId = (scope: string, i: number) => {
      const b = createHash('sha256').update(`pacta-event-id\0${scope}\0${i}`, 'utf8').digest();
      b[6] = (b[6]! & 0x0f) | 0x50;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const h = b.toString('hex', 0, 16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    };
    const metadata = { recordedAt: '2026-01-01T00:00:00.000Z', actor: 'tester', role: 'registrar', correlationId: 'c', causationId: 'c' };
    const recorded = await store.append(
      's',
      [{ eventId: earlierId('tester\nk-old', 0), type: 'A', schemaVersion: 1, data: {}, metadata: { ...metadata, idempotencyKey: 'k-old', requestHash: 'h' } }],
      'no-stream',
    );
    const repository = new StreamRepository(store, seen, clock);
    const replay = await repository.update('s', () => [event('A')], context({ idempotency: { key: 'k-old', requestHash: 'h' } }));
    expect(replay).toEqual({ id: 's', revision: 0, position: recorded.position, replayed: true });
    await expect(repository.update('s', () => [event('A')], context({ idempotency: { key: 'k-old', requestHash: 'other' } }))).rejects.toThrow(
      IdempotencyKeyReused,
    );
    expect(await store.readStream('s')).toHaveLength(1);
  });

  it('derives a keyed command’s event ids from its stream: the same key on another stream is another request', async () => {
    const repository = new StreamRepository(store, seen, clock);
    const keyed = context({ idempotency: { key: 'k-1', requestHash: 'h' } });
    await repository.update('s', () => [event('A')], keyed);
    const elsewhere = await repository.update('t', () => [event('A')], keyed);
    expect(elsewhere.replayed).toBeUndefined();
    const [onS] = await store.readStream('s');
    const [onT] = await store.readStream('t');
    expect(onS!.eventId).toBe(eventIdsFor('s', 'tester\nk-1', 1)[0]);
    expect(onT!.eventId).toBe(eventIdsFor('t', 'tester\nk-1', 1)[0]);
  });
});
