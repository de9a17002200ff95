import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';
import type { EventMetadata, StoredEvent } from './event-store.port';

const LONE_SURROGATE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i;

/**
 * RFC 8785 (JCS) canonical JSON, by the json-canonicalize library. A string with a lone surrogate has no UTF-8
 * form, so two verifiers could hash different bytes for it: it is refused rather than canonicalised.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw new TypeError('canonicalJson: undefined has no JSON representation');
  const text = canonicalize(value);
  if (LONE_SURROGATE_ESCAPE.test(text)) throw new TypeError('canonicalJson: lone surrogate in string');
  return text;
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
