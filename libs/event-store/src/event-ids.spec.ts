import { eventIdsFor, newEventId } from './event-ids';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('eventIdsFor', () => {
  it('is deterministic per stream, scope and index, UUID-shaped (version 5, RFC 4122 variant)', () => {
    const a = eventIdsFor('party-a', 'user-1:key-1', 3);
    expect(a).toEqual(eventIdsFor('party-a', 'user-1:key-1', 3));
    expect(eventIdsFor('party-a', 'user-1:key-1', 5).slice(0, 3)).toEqual(a);
    for (const id of a) expect(id).toMatch(UUID);
    expect(new Set(a).size).toBe(3);
  });

  it('differs between scopes and between streams', () => {
    expect(eventIdsFor('party-a', 'user-1:key-1', 1)).not.toEqual(eventIdsFor('party-a', 'user-2:key-1', 1));
    expect(eventIdsFor('party-a', 'user-1:key-1', 1)).not.toEqual(eventIdsFor('party-b', 'user-1:key-1', 1));
    expect(eventIdsFor('s', 'a', 1)).not.toEqual(eventIdsFor('s', 'a\u00000', 1));
  });

  it('returns [] for 0 and rejects bad counts', () => {
    expect(eventIdsFor('s', 'x', 0)).toEqual([]);
    expect(() => eventIdsFor('s', 'x', -1)).toThrow(RangeError);
    expect(() => eventIdsFor('s', 'x', 1.5)).toThrow(RangeError);
  });
});

describe('newEventId', () => {
  it('returns v7 UUIDs, unique and in the order they were made', () => {
    const ids = Array.from({ length: 1000 }, () => newEventId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
