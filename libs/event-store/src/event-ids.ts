import { createHash } from 'node:crypto';
import { v7 as uuidV7 } from 'uuid';

/**
 * Deterministic event ids for a command sent with an Idempotency-Key: a replay of the same key on the same stream
 * yields the same ids, so every store refuses to write it twice — SQLite by its UNIQUE event_id, EventStoreDB by its
 * own per-stream idempotence. The stream is part of the name, so per-stream uniqueness is all a store must give.
 *
 * Name-based, v5-style: the first 16 bytes of SHA-256("pacta-event-id\0" + streamId + "\0" + scope + "\0" + index)
 * with the version nibble set to 5 and the RFC 4122 variant bits set. (Strictly, RFC 9562 reserves 5 for SHA-1 and
 * calls SHA-256 name-based ids v8; 5 is kept because some UUID validators, e.g. older `uuid` releases, accept only
 * versions 1–5.) The scope should identify the caller as well as the key (e.g. `${actor}\n${idempotencyKey}`) so
 * that two callers choosing the same key do not collide.
 */
export function eventIdsFor(streamId: string, idempotencyScope: string, count: number): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`eventIdsFor: count must be a non-negative integer, got ${count}`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const b = createHash('sha256').update(`pacta-event-id\0${streamId}\0${idempotencyScope}\0${i}`, 'utf8').digest();
    b[6] = (b[6]! & 0x0f) | 0x50;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.toString('hex', 0, 16);
    ids.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`);
  }
  return ids;
}

/**
 * A time-ordered (v7) UUID: consecutive appends then add to the same few pages of the store's event-id index instead
 * of one random page each, which SQLite must read and write back at every commit.
 */
export function newEventId(): string {
  return uuidV7();
}
