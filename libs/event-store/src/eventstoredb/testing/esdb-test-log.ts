/**
 * The transaction log behind the EventStoreDB test double: streams, `$all`, positions and the append rules, with no
 * gRPC in sight (esdb-test-server.ts puts it on the wire). Each rule names the server documentation it follows.
 */

export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export interface LogRecord {
  streamId: string;
  revision: bigint;
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** In 100 ns ticks since the Unix epoch, as the client decodes the `created` metadata. */
  created: bigint;
  position: LogPosition;
}

export interface ProposedRecord {
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export type ExpectedState = { kind: 'any' } | { kind: 'no-stream' } | { kind: 'stream-exists' } | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  | { ok: true; currentRevision: bigint; position: LogPosition }
  | { ok: false; currentRevision: bigint | null };

/**
 * Where an event's commit position lies. `per-event`: commit = prepare = the event's own log position, which is
 * what a gRPC append has given since server 20.6.1 (kurrent-io/KurrentDB pull request 2522, "Set the prepare
 * position to the prepare position instead of the transaction position"; the TCP client showed the same `P/P`).
 * `per-append`: the events of one append share the commit position of the append's end, each keeping its own
 * prepare position — the explicit-transaction layout the server's log format also allows. Adapters must hold
 * under both, so the suite runs both.
 */
export type CommitLayout = 'per-event' | 'per-append';

export interface EsdbTestLogOptions {
  commitLayout?: CommitLayout;
}

const RECORD_OVERHEAD = 97n;
const COMMIT_RECORD_SIZE = 37n;
const TICKS_PER_MS = 10_000n;

const compare = (a: LogPosition, b: LogPosition) =>
  a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;

/** Server documentation: "Reading events" — system streams and event types start with `$`. */
export const isSystemRecord = (r: LogRecord) => r.type.startsWith('$') || r.streamId.startsWith('$');

export class EsdbTestLog {
  readonly commitLayout: CommitLayout;
  private readonly all: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly listeners = new Set<() => void>();
  /** Byte offset of the next record: positions are sparse byte offsets into the log, never 0 for an event. */
  private tail = 0n;

  constructor(options: EsdbTestLogOptions = {}) {
    this.commitLayout = options.commitLayout ?? 'per-event';
    // A fresh database already holds the server's own records before any client writes (its epoch and settings),
    // so `$all` never starts with a client's event.
    this.appendSystemRecord('$epoch-information', '$epoch-information');
    this.appendSystemRecord('$settings', '$settings');
  }

  /** A record of the server's own, as it writes statistics and settings between client writes. */
  appendSystemRecord(streamId = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    const stream = this.streams.get(streamId) ?? [];
    this.write(streamId, stream, [
      { eventId: crypto.randomUUID(), type, contentType: 'application/json', data: Buffer.from('{}'), customMetadata: new Uint8Array() },
    ]);
  }

  /**
   * Server documentation, "Appending events" → "Handling concurrency": the append succeeds only when the stream is
   * where the expected revision says (no stream, exists, an exact revision; any always), otherwise nothing is
   * written and the answer carries the stream's actual revision. "Idempotence": events whose ids the stream already
   * holds at the places this append would put them are not written again; the answer is the earlier write's.
   * Guaranteed for every expected revision but `any`, where the server only does its best (docs.rs `eventstore`
   * ExpectedRevision, same server rule); modelled here as "the first id found in the stream and the rest following it".
   */
  append(streamId: string, proposed: ProposedRecord[], expected: ExpectedState): AppendOutcome {
    const stream = this.streams.get(streamId);
    const current = stream && stream.length > 0 ? BigInt(stream.length - 1) : null;
    const replayFrom = this.replayStart(stream ?? [], proposed, expected, current);
    if (replayFrom !== undefined) {
      const replayed = stream!.slice(replayFrom, replayFrom + proposed.length);
      const matches = replayed.length === proposed.length && replayed.every((r, i) => r.eventId === proposed[i]!.eventId);
      if (matches) {
        const last = replayed[replayed.length - 1]!;
        return { ok: true, currentRevision: last.revision, position: last.position };
      }
      if (replayed.length > 0 && replayed[0]!.eventId === proposed[0]!.eventId) return { ok: false, currentRevision: current };
    }
    const accepted =
      expected.kind === 'any' ||
      (expected.kind === 'no-stream' && current === null) ||
      (expected.kind === 'stream-exists' && current !== null) ||
      (expected.kind === 'revision' && current === expected.revision);
    if (!accepted) return { ok: false, currentRevision: current };
    if (proposed.length === 0) return { ok: true, currentRevision: current ?? -1n, position: { commit: this.tail, prepare: this.tail } };
    const written = this.write(streamId, stream ?? [], proposed);
    const last = written[written.length - 1]!;
    return { ok: true, currentRevision: last.revision, position: last.position };
  }

  /** Server documentation, "Reading events" → "Reading from a stream": by revision, either direction; undefined when there is no stream. */
  readStream(streamId: string, from: bigint | 'start' | 'end', direction: 'forwards' | 'backwards', count: number): LogRecord[] | undefined {
    const stream = this.streams.get(streamId);
    if (!stream || stream.length === 0) return undefined;
    if (direction === 'forwards') {
      const start = from === 'start' ? 0 : from === 'end' ? stream.length : Number(from);
      return stream.slice(start, start + count);
    }
    const start = from === 'end' ? stream.length - 1 : from === 'start' ? 0 : Math.min(Number(from), stream.length - 1);
    const out: LogRecord[] = [];
    for (let i = start; i >= 0 && out.length < count; i--) out.push(stream[i]!);
    return out;
  }

  /**
   * Server documentation, "Reading events" → "Reading from the $all stream": forwards from a position includes the
   * event at it; backwards from a position returns the events before it. Order is (commit, prepare).
   */
  readAll(from: LogPosition | 'start' | 'end', direction: 'forwards' | 'backwards', count: number): LogRecord[] {
    if (direction === 'forwards') {
      const start = from === 'start' ? 0 : from === 'end' ? this.all.length : this.all.findIndex((r) => compare(r.position, from) >= 0);
      return start < 0 ? [] : this.all.slice(start, start + count);
    }
    const out: LogRecord[] = [];
    for (let i = this.all.length - 1; i >= 0 && out.length < count; i--) {
      const r = this.all[i]!;
      if (from === 'end' || compare(r.position, from as LogPosition) < 0) out.push(r);
    }
    return out;
  }

  /** Records strictly after `after` (everything for 'start'): what a catch-up subscription sends next. */
  recordsAfter(after: LogPosition | 'start'): LogRecord[] {
    if (after === 'start') return [...this.all];
    return this.all.filter((r) => compare(r.position, after) > 0);
  }

  lastPosition(): LogPosition | undefined {
    return this.all[this.all.length - 1]?.position;
  }

  /** Calls `listener` after every write; returns the function that stops it. */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.all.length;
  }

  private replayStart(stream: LogRecord[], proposed: ProposedRecord[], expected: ExpectedState, current: bigint | null): number | undefined {
    if (proposed.length === 0 || current === null) return undefined;
    if (expected.kind === 'no-stream') return 0;
    if (expected.kind === 'revision') return expected.revision < current ? Number(expected.revision) + 1 : undefined;
    if (expected.kind === 'any') {
      const at = stream.findIndex((r) => r.eventId === proposed[0]!.eventId);
      return at < 0 ? undefined : at;
    }
    return undefined;
  }

  private write(streamId: string, stream: LogRecord[], proposed: ProposedRecord[]): LogRecord[] {
    const created = BigInt(Date.now()) * TICKS_PER_MS;
    const prepares = proposed.map((p) => {
      const prepare = this.tail;
      this.tail += RECORD_OVERHEAD + BigInt(p.data.length + p.customMetadata.length + p.type.length + streamId.length);
      return prepare;
    });
    const commitOfAppend = this.tail;
    if (this.commitLayout === 'per-append') this.tail += COMMIT_RECORD_SIZE;
    const records = proposed.map((p, i) => ({
      streamId,
      revision: BigInt(stream.length + i),
      eventId: p.eventId,
      type: p.type,
      contentType: p.contentType,
      data: p.data,
      customMetadata: p.customMetadata,
      created,
      position: { commit: this.commitLayout === 'per-append' ? commitOfAppend : prepares[i]!, prepare: prepares[i]! },
    }));
    stream.push(...records);
    this.streams.set(streamId, stream);
    this.all.push(...records);
    for (const listener of [...this.listeners]) listener();
    return records;
  }
}
