import { followLog, type ActiveSubscription } from './sqlite-subscription';
import { inWalMode } from './wal-mode';
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AppendResult,
  DuplicateEventId,
  EventStore,
  ExpectedRevision,
  ProposedEvent,
  StoredEvent,
  StoreUnavailable,
  Subscription,
  UnreadableEvent,
  WrongExpectedRevision,
} from '../event-store.port';
import { canonicalJson, eventHashFromCanonicalParts } from '../hash-chain';

export interface SqliteEventStoreOptions {
  /** How long a writer waits for another connection's (or process's) write lock before StoreUnavailable. Default 5000. */
  busyTimeoutMs?: number;
  /** How often subscriptions look for events appended by other processes. Default 100. */
  pollIntervalMs?: number;
  /** Rows fetched per query while a subscription catches up. Default 1000. */
  subscriptionBatchSize?: number;
}

export interface SqliteSubscribeOptions {
  /** Called when the handler throws or rejects; the subscription then stops. Default: console.error. */
  onError?: (error: unknown, event: StoredEvent) => void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  global_position INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id       TEXT    NOT NULL,
  stream_revision INTEGER NOT NULL,
  event_id        TEXT    NOT NULL UNIQUE,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  data            TEXT    NOT NULL,
  metadata        TEXT    NOT NULL,
  prev_hash       TEXT,
  hash            TEXT    NOT NULL,
  UNIQUE (stream_id, stream_revision)
);
`;

const COLUMNS = 'global_position, stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash';

/** SQLite errors after which nothing was written and the store cannot take writes now. */
const UNAVAILABLE_CODES = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_PROTOCOL',
  'SQLITE_NOMEM',
  'SQLITE_PERM',
];

function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.some((c) => code === c || code.startsWith(`${c}_`));
}

type Row = [number, string, number, string, string, number, string, string, string | null, string];

function toEvent(r: Row): StoredEvent {
  let data: unknown;
  let metadata: StoredEvent['metadata'];
  try {
    data = JSON.parse(r[6]);
    metadata = JSON.parse(r[7]);
  } catch (e) {
    throw new UnreadableEvent(r[0], r[1], r[2], e);
  }
  return {
    globalPosition: r[0],
    streamId: r[1],
    streamRevision: r[2],
    eventId: r[3],
    type: r[4],
    schemaVersion: r[5],
    data,
    metadata,
    prevHash: r[8],
    hash: r[9],
  };
}

interface PreparedEvent {
  event: ProposedEvent;
  data: string;
  metadata: string;
}

interface PendingAppend {
  streamId: string;
  prepared: PreparedEvent[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * The events a group commit stored, as a read would return them: data and metadata parsed from the canonical texts
 * written (so keys come in canonical order, not in the order the command built them).
 */
function asStored(group: PendingAppend[], outcomes: ({ result: AppendResult } | { error: unknown })[]): StoredEvent[] {
  const stored: StoredEvent[] = [];
  group.forEach(({ prepared }, i) => {
    const outcome = outcomes[i]!;
    if ('error' in outcome) return;
    outcome.result.events.forEach((event, j) => {
      stored.push({ ...event, data: JSON.parse(prepared[j].data), metadata: JSON.parse(prepared[j].metadata) });
    });
  });
  return stored;
}

/**
 * The embedded EventStore: one SQLite file in WAL mode, synchronous=FULL (an acknowledged append is on disk), shared
 * safely by several connections and processes (writes serialise on BEGIN IMMEDIATE, waiting up to busyTimeoutMs).
 *
 * Data and metadata are stored as their JCS canonical JSON, and each hash is computed over exactly those texts.
 * better-sqlite3 is synchronous, so each read completes (or waits for the lock) before its promise is returned.
 *
 * Appends are group-committed: those made in the same turn of the event loop (concurrent requests) are written in
 * one transaction, each inside its own savepoint, and share one fsync. Each keeps its own expected-revision and
 * duplicate checks and its own outcome; none is acknowledged before the commit is on disk.
 */
export class SqliteEventStore implements EventStore {
  private readonly subscriptions = new Set<ActiveSubscription>();
  private closed = false;
  private lastAppended = 0;
  private readonly stmts: ReturnType<SqliteEventStore['prepare']>;
  private readonly groupTx: (group: PendingAppend[]) => ({ result: AppendResult } | { error: unknown })[];
  private pending: PendingAppend[] = [];
  private flushScheduled = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly options: Required<SqliteEventStoreOptions>,
  ) {
    this.stmts = this.prepare();
    // Nested in groupTx, each append runs in a savepoint: a refused one is rolled back alone.
    const appendInSavepoint = this.db.transaction((streamId: string, batch: PreparedEvent[], expected: ExpectedRevision) =>
      this.appendInTransaction(streamId, batch, expected),
    );
    this.groupTx = this.db.transaction((group: PendingAppend[]) =>
      group.map(({ streamId, prepared, expected }) => {
        try {
          return { result: appendInSavepoint(streamId, prepared, expected) };
        } catch (error) {
          if (isUnavailable(error)) throw error; // the connection itself failed: nothing of the group is written
          return { error };
        }
      }),
    ).immediate;
  }

  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const opts: Required<SqliteEventStoreOptions> = {
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      pollIntervalMs: options.pollIntervalMs ?? 100,
      subscriptionBatchSize: options.subscriptionBatchSize ?? 1000,
    };
    let db: Database.Database | undefined;
    try {
      if (file !== ':memory:' && !file.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      db = new Database(file, { timeout: opts.busyTimeoutMs });
      db.pragma(`busy_timeout = ${Math.floor(opts.busyTimeoutMs)}`);
      inWalMode(db, opts.busyTimeoutMs);
      db.pragma('synchronous = FULL');
      db.transaction(() => db!.exec(SCHEMA)).immediate();
      return new SqliteEventStore(db, opts);
    } catch (e) {
      db?.close();
      // SQLite errors, and file-system errors (EACCES, EROFS, ENOSPC, …) while creating the data directory.
      const code = (e as { code?: unknown } | null)?.code;
      if (isUnavailable(e) || (typeof code === 'string' && /^E[A-Z]+$/.test(code))) {
        throw new StoreUnavailable(`cannot open event store ${file}: ${(e as Error).message}`, e);
      }
      throw e;
    }
  }

  private prepare() {
    const db = this.db;
    return {
      head: db.prepare('SELECT stream_revision, hash FROM events WHERE stream_id = ? ORDER BY stream_revision DESC LIMIT 1').raw(),
      eventIdExists: db.prepare('SELECT 1 FROM events WHERE event_id = ?').pluck(),
      insert: db.prepare(
        'INSERT INTO events (stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      readStream: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision`).raw(),
      readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`).raw(),
      headPosition: db.prepare('SELECT COALESCE(MAX(global_position), 0) FROM events').pluck(),
    };
  }

  async append(streamId: string, events: ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
      throw new RangeError(`expected revision must be a non-negative integer, 'no-stream' or 'any'; got ${expected}`);
    }
    if (this.closed) throw new StoreUnavailable('event store is closed');
    // Canonicalise before taking the write lock: invalid data fails fast and the lock is held only for SQL work.
    const prepared: PreparedEvent[] = events.map((e) => ({ event: e, data: canonicalJson(e.data), metadata: canonicalJson(e.metadata) }));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, prepared, expected, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flushPending());
      }
    });
  }

  /** Commits every append queued since the last flush in one durable transaction, each with its own outcome. */
  private flushPending(): void {
    this.flushScheduled = false;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let outcomes: ReturnType<SqliteEventStore['groupTx']>;
    try {
      outcomes = this.guard(() => this.groupTx(group));
    } catch (error) {
      for (const append of group) append.reject(error);
      return;
    }
    group.forEach((append, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) return append.reject(outcome.error);
      this.lastAppended = Math.max(this.lastAppended, outcome.result.position);
      append.resolve(outcome.result);
    });
    if (this.subscriptions.size === 0) return;
    // More than a subscription takes from memory at once is not worth parsing here: it reads them instead.
    const count = group.reduce((n, { prepared }) => n + prepared.length, 0);
    const committed = count > this.options.subscriptionBatchSize ? undefined : asStored(group, outcomes);
    for (const s of this.subscriptions) s.wake(committed);
  }

  private appendInTransaction(streamId: string, prepared: PreparedEvent[], expected: ExpectedRevision): AppendResult {
    // Duplicate ids first: a replayed command (same Idempotency-Key → same ids) reports DuplicateEventId even when
    // the stream has moved on since.
    const seen = new Set<string>();
    for (const { event } of prepared) {
      if (seen.has(event.eventId) || this.stmts.eventIdExists.get(event.eventId) !== undefined) throw new DuplicateEventId(event.eventId);
      seen.add(event.eventId);
    }
    const head = this.stmts.head.get(streamId) as [number, string] | undefined;
    const actual = head ? head[0] : null;
    if (expected === 'no-stream' ? actual !== null : expected !== 'any' && actual !== expected) {
      throw new WrongExpectedRevision(streamId, expected, actual);
    }
    let revision = actual ?? -1;
    let prevHash: string | null = head ? head[1] : null;
    let position = 0;
    const stored: StoredEvent[] = [];
    for (const { event, data, metadata } of prepared) {
      revision++;
      const hash = eventHashFromCanonicalParts(
        { prevHash, streamId, streamRevision: revision, eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion },
        data,
        metadata,
      );
      try {
        position = Number(
          this.stmts.insert.run(streamId, revision, event.eventId, event.type, event.schemaVersion, data, metadata, prevHash, hash)
            .lastInsertRowid,
        );
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'SQLITE_CONSTRAINT_UNIQUE' && /event_id/.test((e as Error).message)) throw new DuplicateEventId(event.eventId);
        if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new WrongExpectedRevision(streamId, expected, actual);
        throw e;
      }
      stored.push({
        globalPosition: position,
        streamId,
        streamRevision: revision,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
        prevHash,
        hash,
      });
      prevHash = hash;
    }
    return { streamId, revision, position: stored.length ? position : this.streamHeadPosition(streamId), events: stored };
  }

  private streamHeadPosition(streamId: string): number {
    const r = this.db.prepare('SELECT COALESCE(MAX(global_position), 0) FROM events WHERE stream_id = ?').pluck().get(streamId);
    return r as number;
  }

  async readStream(streamId: string, fromRevision = 0): Promise<StoredEvent[]> {
    return this.guard(() => (this.stmts.readStream.all(streamId, fromRevision) as Row[]).map(toEvent));
  }

  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    return this.readAllSync(afterPosition, limit);
  }

  private readAllSync(afterPosition: number, limit: number): StoredEvent[] {
    if (limit <= 0) return [];
    return this.guard(() => {
      const rows = this.stmts.readAll.all(afterPosition, limit) as Row[];
      const out = new Array<StoredEvent>(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = toEvent(rows[i]!);
      return out;
    });
  }

  lastAppendedPosition(): number {
    return this.lastAppended;
  }

  async headPosition(): Promise<number> {
    return this.guard(() => this.stmts.headPosition.get() as number);
  }

  /**
   * Delivers every event after `afterPosition` in global order, serially, then new ones: immediately when this
   * instance appends, within `pollIntervalMs` when another connection or process does. If the handler throws, the
   * subscription stops and the error goes to `options.onError` (default console.error).
   */
  subscribe(
    afterPosition: number,
    onEvent: (event: StoredEvent) => Promise<void> | void,
    options: SqliteSubscribeOptions = {},
  ): Subscription {
    if (this.closed) throw new StoreUnavailable('event store is closed');
    const subscription = followLog({
      afterPosition,
      onEvent,
      onError: options.onError,
      read: (position, limit) => this.readAllSync(position, limit),
      batchSize: this.options.subscriptionBatchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      onStop: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return { close: () => subscription.close() };
  }

  /** Online backup to `destinationFile` (a consistent snapshot, taken while the store keeps serving). */
  async backup(destinationFile: string): Promise<void> {
    fs.mkdirSync(path.dirname(path.resolve(destinationFile)), { recursive: true });
    try {
      await this.db.backup(destinationFile);
    } catch (e) {
      if (isUnavailable(e)) throw new StoreUnavailable(`backup to ${destinationFile} failed: ${(e as Error).message}`, e);
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flushPending();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.db.close();
  }

  private guard<T>(fn: () => T): T {
    if (this.closed) throw new StoreUnavailable('event store is closed');
    try {
      return fn();
    } catch (e) {
      if (isUnavailable(e)) throw new StoreUnavailable(`event store unavailable: ${(e as Error).message}`, e);
      throw e;
    }
  }
}
