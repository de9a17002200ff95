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

/** The object `o` of docs/envelope-and-hash-chain.md whose JCS form is hashed. */
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

export interface ChainBreak {
  reason: ChainBreakReason;
  expected?: string | number | null;
  actual?: string | number | null;
}

export type ChainVerification =
  | { ok: true; eventsChecked: number; streams: number }
  | { ok: false; index: number; event: StoredEvent; reason: ChainBreakReason; expected?: string | number | null; actual?: string | number | null };

/** The last event accepted in a stream: all a verifier needs to check the next one. */
export interface ChainHead {
  revision: number;
  hash: string;
}

/**
 * Checks events one at a time, in global order, keeping only each stream's head, so a log of any length is
 * verified in memory proportional to its number of streams. `check` returns the break, if any, and accepts the
 * event as its stream's new head only when it is intact.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, ChainHead>();
  private lastPosition = -Infinity;

  check(event: StoredEvent): ChainBreak | undefined {
    if (!(event.globalPosition > this.lastPosition)) {
      return { reason: 'position-not-increasing', expected: this.lastPosition, actual: event.globalPosition };
    }
    this.lastPosition = event.globalPosition;
    const head = this.heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    if (event.streamRevision !== expectedRevision) return { reason: 'revision-gap', expected: expectedRevision, actual: event.streamRevision };
    const expectedPrev = head ? head.hash : null;
    if (event.prevHash !== expectedPrev) return { reason: 'prev-hash-mismatch', expected: expectedPrev, actual: event.prevHash };
    let recomputed: string;
    try {
      recomputed = eventHash(event);
    } catch {
      return { reason: 'not-canonicalizable' };
    }
    if (recomputed !== event.hash) return { reason: 'hash-mismatch', expected: recomputed, actual: event.hash };
    this.heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    return undefined;
  }

  get streams(): number {
    return this.heads.size;
  }
}

/**
 * Verifies events of one or many streams given in global order (e.g. a whole export, or `readStream` from 0):
 * global positions strictly increase, each stream starts at revision 0 and has no gaps, each prevHash is the previous
 * event's hash in its stream (null at revision 0) and each hash is the recomputed one. Returns the first break.
 */
export function verifyChain(events: Iterable<StoredEvent>): ChainVerification {
  const verifier = new ChainVerifier();
  let index = 0;
  for (const event of events) {
    const broken = verifier.check(event);
    if (broken) return { ok: false, index, event, ...broken };
    index++;
  }
  return { ok: true, eventsChecked: index, streams: verifier.streams };
}
