import { ChainBreakReason, ChainHead, ChainVerifier, EventStore, StoredEvent, UnreadableEvent, canonicalJson, sha256Hex } from '@pacta/event-store';
import { LogPageOptions, auditPages } from './log-pages';
import type { CheckpointCheck } from '../transparency-log/checkpoint-audit';

/**
 * Why an event is the first broken one of its stream: a chain break (hash-mismatch, prev-hash-mismatch,
 * revision-gap, position-not-increasing, not-canonicalizable), `out-of-order` (a gap whose missing revision came
 * later in the log, i.e. two events swapped) or `unreadable` (its stored bytes no longer parse).
 */
export type BreakReason = ChainBreakReason | 'out-of-order' | 'unreadable';

export interface BrokenEvent {
  streamId: string;
  streamRevision: number;
  globalPosition: number;
  reason: BreakReason;
  detail: string;
}

export interface HeadsCheck {
  /** The log position the recorded digest was taken at; the digest is recomputed over events up to it. */
  position: number;
  expected: string;
  actual: string;
  match: boolean;
}

export interface LogVerification {
  /** No broken event and, when a heads digest or a checkpoint was given, it matched. */
  ok: boolean;
  streams: number;
  events: number;
  /** Global position of the last event verified; 0 for an empty log. */
  position: number;
  /** `headsDigest` of every stream's last event: write it down (with `position`) to detect truncation later. */
  heads: string;
  /** The first broken event of each broken stream, in the order they were found. */
  broken: BrokenEvent[];
  headsCheck?: HeadsCheck;
  /** With a checkpoint saved earlier: whether the log, recomputed from its events, still extends it. */
  checkpointCheck?: CheckpointCheck;
}

export interface StreamHead {
  streamId: string;
  revision: number;
  hash: string;
}

/**
 * The digest of a set of stream heads: lowercase hex SHA-256 of the UTF-8 bytes of the JCS (RFC 8785) form of the
 * array of `{streamId, revision, hash}` of every stream's last event, sorted by streamId (ordinal, by UTF-16 code
 * units, as JCS sorts member names). Removing the last events of any stream changes it.
 */
export function headsDigest(heads: Iterable<StreamHead>): string {
  const sorted = [...heads]
    .map(({ streamId, revision, hash }) => ({ streamId, revision, hash }))
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  return sha256Hex(canonicalJson(sorted));
}

export interface VerifyOptions {
  /** A digest recorded earlier: it is compared with the heads as they were at `expectedHeads.position`. */
  expectedHeads?: { digest: string; position?: number };
}

interface BrokenStream {
  entry: BrokenEvent;
  /** The revision a gap said was missing: if it turns up later, the stream was reordered, not cut. */
  missingRevision?: number;
}

function describe(reason: ChainBreakReason, expected: unknown, actual: unknown): string {
  switch (reason) {
    case 'hash-mismatch':
      return `stored hash ${String(actual)} is not the recomputed ${String(expected)}: the event was altered`;
    case 'prev-hash-mismatch':
      return `prevHash ${String(actual)} is not the previous event's hash ${String(expected)}`;
    case 'revision-gap':
      return `expected revision ${String(expected)}, found ${String(actual)}: an event is missing or out of order`;
    case 'position-not-increasing':
      return `global position ${String(actual)} does not follow ${String(expected)}`;
    case 'not-canonicalizable':
      return 'the event has no RFC 8785 canonical form';
  }
}

/**
 * Verifies a log fed in global order, page by page. It keeps per stream only its head (revision and hash), so
 * memory grows with the number of streams, never with the number of events.
 */
export class LogAuditor {
  private readonly chain = new ChainVerifier();
  private readonly heads = new Map<string, ChainHead>();
  private readonly brokenStreams = new Map<string, BrokenStream>();
  private readonly broken: BrokenEvent[] = [];
  private events = 0;
  private position = 0;
  private headsAt?: { position: number; digest: string };

  constructor(private readonly options: VerifyOptions = {}) {}

  add(item: StoredEvent | UnreadableEvent): void {
    const at = this.options.expectedHeads?.position;
    if (at !== undefined && !this.headsAt && item.globalPosition > at) this.headsAt = { position: at, digest: this.digest() };
    this.events++;
    this.position = Math.max(this.position, item.globalPosition);
    this.heads.set(item.streamId, {
      revision: item.streamRevision,
      hash: item instanceof UnreadableEvent ? '' : item.hash,
    });
    if (item instanceof UnreadableEvent) {
      this.markBroken(item, 'unreadable', item.message);
      return;
    }
    const already = this.brokenStreams.get(item.streamId);
    const result = this.chain.check(item);
    if (already) {
      if (already.missingRevision === item.streamRevision) {
        already.entry.reason = 'out-of-order';
        already.entry.detail = `revision ${item.streamRevision} comes after revision ${already.entry.streamRevision} in the log: events were reordered`;
        already.missingRevision = undefined;
      }
      return;
    }
    if (result) {
      const stream = this.markBroken(item, result.reason, describe(result.reason, result.expected, result.actual));
      if (result.reason === 'revision-gap' && typeof result.expected === 'number') stream.missingRevision = result.expected;
    }
  }

  private markBroken(item: { streamId: string; streamRevision: number; globalPosition: number }, reason: BreakReason, detail: string): BrokenStream {
    const existing = this.brokenStreams.get(item.streamId);
    if (existing) return existing;
    const entry: BrokenEvent = { streamId: item.streamId, streamRevision: item.streamRevision, globalPosition: item.globalPosition, reason, detail };
    const stream: BrokenStream = { entry };
    this.brokenStreams.set(item.streamId, stream);
    this.broken.push(entry);
    return stream;
  }

  private digest(): string {
    return headsDigest([...this.heads].map(([streamId, head]) => ({ streamId, ...head })));
  }

  result(): LogVerification {
    const heads = this.digest();
    const expected = this.options.expectedHeads;
    let headsCheck: HeadsCheck | undefined;
    if (expected) {
      const taken = this.headsAt ?? { position: expected.position ?? this.position, digest: heads };
      headsCheck = { position: taken.position, expected: expected.digest, actual: taken.digest, match: taken.digest === expected.digest };
    }
    return {
      ok: this.broken.length === 0 && (headsCheck?.match ?? true),
      streams: this.heads.size,
      events: this.events,
      position: this.position,
      heads,
      broken: this.broken.map((b) => ({ ...b })),
      ...(headsCheck ? { headsCheck } : {}),
    };
  }
}

export interface VerifyLogOptions extends VerifyOptions, LogPageOptions {
  /** Called after each page with the events checked so far and the last position reached. */
  onProgress?: (events: number, position: number) => void;
}

/** Recomputes every chain of the store's log, reading it page by page. Shared by the API and the CLI. */
export async function verifyLog(store: EventStore, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const auditor = new LogAuditor(options);
  let events = 0;
  for await (const page of auditPages(store, { pageSize: options.pageSize })) {
    for (const item of page) auditor.add(item);
    events += page.length;
    options.onProgress?.(events, page[page.length - 1]!.globalPosition);
    // Reads of an embedded store are synchronous: let the service answer other requests between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return auditor.result();
}

/** Verifies envelopes from any source in global order, e.g. the lines of an export file. */
export async function verifyEvents(events: AsyncIterable<StoredEvent> | Iterable<StoredEvent>, options: VerifyOptions = {}): Promise<LogVerification> {
  const auditor = new LogAuditor(options);
  for await (const event of events) auditor.add(event);
  return auditor.result();
}
