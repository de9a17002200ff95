import { createHash } from 'node:crypto';
import type { EventMetadata, StoredEvent } from './event-store.port';

/**
 * RFC 8785 (JCS) canonical JSON.
 *
 * Why this is not `require('canonicalize')`: canonicalize v4 is ESM-only and its package.json exports only the
 * `import` condition, so neither the commonjs build (`require` → ERR_PACKAGE_PATH_NOT_EXPORTED) nor jest can load
 * it. This is the same algorithm (RFC 8785 §3.2: ECMAScript number and string serialisation, object members sorted
 * by UTF-16 code units, no whitespace). hash-chain.spec.ts checks it against every RFC 8785 test vector and against
 * the canonicalize package itself (run in an ESM child process) on generated JSON values.
 *
 * Accepts what JSON.stringify accepts for JSON data (honours toJSON, drops undefined members, undefined array items
 * become null); rejects non-finite numbers, bigint, lone surrogates and cycles, which have no canonical form.
 */
export function canonicalJson(value: unknown): string {
  const out = serialize(value, new Set());
  if (out === undefined) throw new TypeError('canonicalJson: value has no JSON representation');
  return out;
}

function serialize(value: unknown, seen: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
      if (hasLoneSurrogate(value)) throw new TypeError('canonicalJson: lone surrogate in string');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not allowed`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson: bigint is not allowed');
  }
  if (value === null) return 'null';
  const obj = value as { toJSON?: () => unknown } & Record<string, unknown>;
  if (seen.has(obj)) throw new TypeError('canonicalJson: circular reference');
  if (typeof obj.toJSON === 'function') {
    seen.add(obj);
    const r = serialize(obj.toJSON(), seen);
    seen.delete(obj);
    return r;
  }
  seen.add(obj);
  let result: string;
  if (Array.isArray(obj)) {
    const parts = new Array<string>(obj.length);
    for (let i = 0; i < obj.length; i++) parts[i] = serialize(obj[i], seen) ?? 'null';
    result = `[${parts.join(',')}]`;
  } else {
    // Array.prototype.sort without a comparator orders by UTF-16 code units, which is what RFC 8785 §3.2.3 asks.
    const keys = Object.keys(obj).sort();
    const parts: string[] = [];
    for (const key of keys) {
      const v = serialize(obj[key], seen);
      if (v === undefined) continue;
      parts.push(`${serialize(key, seen)}:${v}`);
    }
    result = `{${parts.join(',')}}`;
  }
  seen.delete(obj);
  return result;
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (n < 0xdc00 || n > 0xdfff) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** The object `o` of DESIGN.md "Event envelope and tamper evidence" whose JCS form is hashed. */
export interface HashedEventFields {
  prevHash: string | null;
  streamId: string;
  streamRevision: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata | Record<string, unknown>;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** hash = lowercase hex SHA-256 of the UTF-8 bytes of JCS({prevHash, streamId, streamRevision, eventId, type, schemaVersion, data, metadata}). */
export function eventHash(e: HashedEventFields): string {
  return sha256Hex(
    canonicalJson({
      prevHash: e.prevHash,
      streamId: e.streamId,
      streamRevision: e.streamRevision,
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
    }),
  );
}

/**
 * Same result as `eventHash`, for adapters that already hold the canonical JSON of `data` and `metadata` (they store
 * exactly those texts, so the hash covers the stored bytes). Members are written in JCS order:
 * data, eventId, metadata, prevHash, schemaVersion, streamId, streamRevision, type.
 */
export function eventHashFromCanonicalParts(
  e: Omit<HashedEventFields, 'data' | 'metadata'>,
  canonicalData: string,
  canonicalMetadata: string,
): string {
  return sha256Hex(
    `{"data":${canonicalData},"eventId":${canonicalJson(e.eventId)},"metadata":${canonicalMetadata},` +
      `"prevHash":${e.prevHash === null ? 'null' : canonicalJson(e.prevHash)},` +
      `"schemaVersion":${canonicalJson(e.schemaVersion)},"streamId":${canonicalJson(e.streamId)},` +
      `"streamRevision":${canonicalJson(e.streamRevision)},"type":${canonicalJson(e.type)}}`,
  );
}

export type ChainBreakReason =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'revision-gap'
  | 'position-not-increasing'
  | 'not-canonicalizable';

export type ChainVerification =
  | { ok: true; eventsChecked: number; streams: number }
  | { ok: false; index: number; event: StoredEvent; reason: ChainBreakReason; expected?: string | number | null; actual?: string | number | null };

/**
 * Verifies events of one or many streams given in global order (e.g. a whole export, or `readStream` from 0):
 * global positions strictly increase, each stream starts at revision 0 and has no gaps, each prevHash is the previous
 * event's hash in its stream (null at revision 0) and each hash is the recomputed one. Returns the first break.
 */
export function verifyChain(events: Iterable<StoredEvent>): ChainVerification {
  const heads = new Map<string, { revision: number; hash: string }>();
  let lastPosition = -Infinity;
  let index = 0;
  for (const event of events) {
    const fail = (reason: ChainBreakReason, expected?: string | number | null, actual?: string | number | null) =>
      ({ ok: false, index, event, reason, expected, actual }) as const;
    if (!(event.globalPosition > lastPosition)) return fail('position-not-increasing', lastPosition, event.globalPosition);
    lastPosition = event.globalPosition;
    const head = heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    if (event.streamRevision !== expectedRevision) return fail('revision-gap', expectedRevision, event.streamRevision);
    const expectedPrev = head ? head.hash : null;
    if (event.prevHash !== expectedPrev) return fail('prev-hash-mismatch', expectedPrev, event.prevHash);
    let recomputed: string;
    try {
      recomputed = eventHash(event);
    } catch {
      return fail('not-canonicalizable');
    }
    if (recomputed !== event.hash) return fail('hash-mismatch', recomputed, event.hash);
    heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    index++;
  }
  return { ok: true, eventsChecked: index, streams: heads.size };
}
