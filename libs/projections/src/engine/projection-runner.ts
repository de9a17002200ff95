import Database from 'better-sqlite3';
import type { EventStore, StoredEvent, Subscription } from '@pacta/event-store';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CACHED_AGREEMENTS } from './agreement-states';
import { Projector } from './projector';
import { TableBacking } from './table-backing';
import {
  CHECKPOINT_SQL,
  GENERATION,
  metaValueSql,
  SET_META_SQL,
  dropSetAside,
  ensureBookkeeping,
  recreateTables,
  schemaIsCurrent,
  setAsideAndRecreateTables,
  setAsideTables,
  storedCheckpoint,
  storedGeneration,
} from './schema';
import { SpilledAgreements } from './spilled-agreements';
import { SqlThread } from './sql-thread';

const SET_POSITION_SQL = 'UPDATE projections SET position = ?';

export interface ProjectionRunnerOptions {
  /** The read-model SQLite file (see readModelsFileOf); created when absent. */
  file: string;
  /** Events read and applied per transaction while catching up or rebuilding. Default 5000. */
  batchSize?: number;
  /**
   * How long a followed event may wait for others to share its transaction. Default 2 ms; a query waiting for a
   * position (`waitFor`) does not wait for it.
   */
  followDelayMs?: number;
  /** Agreement states kept in memory; others are read from the read models when an event needs them. Default 5000. */
  cachedAgreements?: number;
  /** How long to wait before retrying when the file is locked by another process's rebuild. Default 100 ms. */
  retryMs?: number;
  log?: (message: string) => void;
}

export type RebuildProgress = (done: number, total: number) => void;

interface Waiter {
  position: number;
  resolve(reached: boolean): void;
  timer: NodeJS.Timeout;
}

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown } | null)?.code ?? ''));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));

const hasProjections = (db: Database.Database) => db.prepare('SELECT COUNT(*) FROM projections').pluck().get() !== 0;

const READ_MODELS_PRAGMAS = [
  'journal_mode = WAL',
  // Read models can always be rebuilt from the log, so a lost last transaction after a power cut costs nothing.
  'synchronous = NORMAL',
  // A rebuild is one transaction: pages it changes stay in memory instead of spilling to the WAL again and again.
  'cache_size = -131072',
  // Following rewrites the same agreement and index pages over and over: a checkpoint every ~40 MB of WAL instead of
  // every 4 MB copies each of them once instead of ten times, and syncs the file a tenth as often.
  'wal_autocheckpoint = 10000',
];

export function openReadModelsDb(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  for (const pragma of READ_MODELS_PRAGMAS) db.pragma(pragma);
  return db;
}

/**
 * Keeps the read models in step with the event log: catches up in batches from the persisted checkpoint, then
 * follows the store's subscription. Each batch and its checkpoint commit in one transaction, so every event is
 * applied exactly once across restarts. A rebuild (by this runner or by another process on the same file, such as
 * `pacta rebuild`) runs in one transaction: readers keep seeing the previous read models until it commits, and a
 * runner that finds the file rebuilt under it (a new generation) reloads its memory from the file.
 */
export class ProjectionRunner {
  private readonly db: Database.Database;
  /** Made by start() or rebuild(): with a changed schema the old tables cannot take its statements. */
  private projector!: Projector;
  private checkpoint = 0;
  private generation = 0;
  private subscription?: Subscription;
  private readonly waiters = new Set<Waiter>();
  private readonly batchSize: number;
  private readonly retryMs: number;
  private readonly followDelayMs: number;
  private readonly cachedAgreements: number;
  /** Events the subscription delivered that are not applied yet: every event after the subscription's start, in order. */
  private followed: StoredEvent[] = [];
  private draining?: Promise<void>;
  private drainTimer?: NodeJS.Timeout;
  private drainImmediate?: NodeJS.Immediate;
  private drainSoon = false;
  private readonly sql: { setPosition: Database.Statement; checkpoint: Database.Statement; generation: Database.Statement };
  private stopped = false;
  private needsRebuild: boolean;
  private busy: Promise<void> = Promise.resolve();
  private droppingSetAside?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.batchSize = options.batchSize ?? 5000;
    this.retryMs = options.retryMs ?? 100;
    this.followDelayMs = options.followDelayMs ?? 2;
    this.cachedAgreements = options.cachedAgreements ?? DEFAULT_CACHED_AGREEMENTS;
    this.db = openReadModelsDb(options.file);
    ensureBookkeeping(this.db);
    this.sql = {
      setPosition: this.db.prepare(SET_POSITION_SQL),
      checkpoint: this.db.prepare(CHECKPOINT_SQL).pluck(),
      generation: this.db.prepare(metaValueSql(GENERATION)).pluck(),
    };
    this.needsRebuild = !schemaIsCurrent(this.db);
    if (this.needsRebuild && !hasProjections(this.db)) {
      this.db
        .transaction(() => recreateTables(this.db))
        .immediate();
      this.needsRebuild = false;
    }
  }

  get file(): string {
    return this.options.file;
  }

  /** Catches up from the checkpoint (rebuilding first if a projection's schema version changed), then follows. */
  async start(): Promise<void> {
    if (this.subscription) return;
    this.stopped = false;
    await this.exclusively(async () => {
      if (!this.needsRebuild) this.reload();
      // Until the rebuild commits, readers keep the read models of the previous schema. Read models at position 0
      // on a log that has events (a new file, a restored log) are the same work as a rebuild, done faster that way.
      if (this.needsRebuild || (this.checkpoint === 0 && (await this.store.headPosition()) > 0)) {
        await this.rebuildInTransaction();
        // The rebuild left every page in the WAL: read through it, each lookup searches the WAL's index first.
        this.db.pragma('wal_checkpoint(PASSIVE)');
      }
      this.needsRebuild = false;
      await this.catchUp();
    });
    this.follow();
    void this.dropSetAsideTables();
  }

  position(): number {
    return this.checkpoint;
  }

  /** Resolves true once the read models include `position`, false if `timeoutMs` passes first. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.checkpoint >= position) return Promise.resolve(true);
    if (this.stopped) return Promise.resolve(false);
    if (this.followed.length && this.followed[this.followed.length - 1].globalPosition >= position) this.scheduleDrain(true);
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        position,
        resolve: (reached) => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
        timer: setTimeout(() => waiter.resolve(this.checkpoint >= position), timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /**
   * Projects the whole log again from position 0 into new tables, then resumes following. It resolves when the new
   * read models are committed; the old tables, set aside by then, are dropped afterwards (dropSetAsideTables).
   */
  async rebuild(onProgress?: RebuildProgress): Promise<void> {
    const wasFollowing = this.subscription !== undefined;
    await this.unfollow();
    try {
      await this.exclusively(() => this.rebuildInTransaction(onProgress));
    } finally {
      if (wasFollowing && !this.stopped) this.follow();
    }
    void this.dropSetAsideTables();
  }

  /**
   * Drops the tables a committed rebuild set aside (this runner's, another process's, or one that stopped before it
   * could), each in a transaction of its own queued with the followed batches, so the write lock is never held for
   * all of them at once. Resolves when none is left or the runner stopped; a stopped runner's start goes on with it.
   */
  dropSetAsideTables(): Promise<void> {
    this.droppingSetAside ??= (async () => {
      // Not before whoever awaited the rebuild has resumed: the new read models are committed already.
      await yieldToTimers();
      for (;;) {
        let dropped = false;
        await this.exclusively(async () => {
          if (this.stopped || !this.db.open) return;
          const [table] = setAsideTables(this.db);
          if (table === undefined) return;
          await this.retryingWhileBusy(() => this.db.transaction(() => dropSetAside(this.db, table)).immediate());
          dropped = true;
        });
        if (!dropped) return;
        await yieldToTimers();
      }
    })().finally(() => {
      this.droppingSetAside = undefined;
    });
    return this.droppingSetAside;
  }

  /** Stops following and closes the file; the checkpoint is already committed with the last batch. */
  async stop(): Promise<void> {
    if (this.stopped && !this.db.open) return;
    this.stopped = true;
    await this.unfollow();
    await this.busy.catch(() => undefined);
    for (const waiter of [...this.waiters]) waiter.resolve(this.checkpoint >= waiter.position);
    if (this.db.open) this.db.close();
  }

  private follow(): void {
    if (this.stopped) return;
    this.followed = [];
    this.subscription = this.store.subscribe(this.checkpoint, (event) => this.onFollowed(event));
  }

  private async unfollow(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.close();
    this.cancelDrain();
    await this.draining;
    this.followed = [];
  }

  /**
   * Followed events wait (followDelayMs, or until a batch is full) so that those arriving close together are
   * applied in one transaction; the subscription is held back only while a full batch waits.
   */
  private async onFollowed(event: StoredEvent): Promise<void> {
    if (this.stopped) return;
    this.followed.push(event);
    const waiting = this.waiters.size > 0 && [...this.waiters].some((waiter) => waiter.position <= event.globalPosition);
    if (this.followed.length >= this.batchSize) await this.drain();
    else this.scheduleDrain(waiting);
  }

  private scheduleDrain(soon: boolean): void {
    if (this.draining) {
      this.drainSoon ||= soon;
      return;
    }
    if (this.drainImmediate || (this.drainTimer && !soon)) return;
    this.cancelDrain();
    const run = () => void this.drain();
    if (soon) this.drainImmediate = setImmediate(run);
    else this.drainTimer = setTimeout(run, this.followDelayMs);
  }

  private cancelDrain(): void {
    clearTimeout(this.drainTimer);
    clearImmediate(this.drainImmediate);
    this.drainTimer = undefined;
    this.drainImmediate = undefined;
  }

  /** Applies every followed event after the checkpoint in one transaction, retrying while the file is busy. */
  private drain(): Promise<void> {
    if (this.draining) return this.draining;
    this.cancelDrain();
    this.draining = (async () => {
      for (;;) {
        if (this.stopped || !this.db.open) return;
        const events = this.followed;
        if (events.length === 0) return;
        try {
          await this.exclusively(async () => {
            if (this.stopped || !this.db.open) return;
            this.applyBatch(events);
          });
          // Events delivered while this batch was applied stay for the next round.
          this.followed = this.followed.slice(events.length);
        } catch (error) {
          if (this.stopped) return;
          if (!isBusy(error)) this.options.log?.(`read models stopped at ${this.checkpoint}, retrying: ${(error as Error).message}`);
          await pause(isBusy(error) ? this.retryMs : 1000);
        }
      }
    })().finally(() => {
      this.draining = undefined;
      if (this.followed.length) this.scheduleDrain(this.drainSoon);
      this.drainSoon = false;
    });
    return this.draining;
  }

  private async catchUp(onProgress?: RebuildProgress, total?: number): Promise<void> {
    for (;;) {
      const events = await this.store.readAll(this.checkpoint, this.batchSize);
      if (events.length === 0) return;
      await this.retryingWhileBusy(() => this.applyBatch(events));
      onProgress?.(this.checkpoint, Math.max(total ?? 0, this.checkpoint));
    }
  }

  private applyBatch(events: StoredEvent[]): void {
    if (events.length === 0) return;
    try {
      this.db
        .transaction(() => {
          // Another runner on the same file (a rebuild, or a second instance) moved it on: continue from there.
          if (this.storedGeneration() !== this.generation || this.sql.checkpoint.get() !== this.checkpoint) this.reload();
          let last = this.checkpoint;
          for (const event of events) {
            if (event.globalPosition <= last) continue;
            this.projector.apply(event);
            last = event.globalPosition;
          }
          this.projector.flush();
          if (last > this.checkpoint) this.sql.setPosition.run(last);
          this.checkpoint = last;
        })
        .immediate();
    } catch (error) {
      // Memory may hold what the rolled-back transaction did: take it back from the file.
      this.reload();
      throw error;
    }
    this.notifyWaiters();
  }

  /**
   * The rebuild writes through a connection on a worker thread (SqlThread) while this thread reads, folds and
   * derives the rows: the writing is about half of the work. This thread's own connection only keeps the agreements
   * the rebuild lets go of (SpilledAgreements), in a temporary table that takes no lock on the file.
   */
  private async rebuildInTransaction(onProgress?: RebuildProgress): Promise<void> {
    const total = await this.store.headPosition();
    // The whole rebuild is one commit; copying it from the WAL into the file is left to the next checkpoint.
    const writer = new SqlThread(this.options.file, [...READ_MODELS_PRAGMAS, 'wal_autocheckpoint = 0']);
    const spill = new SpilledAgreements(this.db);
    try {
      await this.retryingWhileBusy(() => writer.exec('BEGIN IMMEDIATE'));
      const generation = storedGeneration(writer) + 1;
      setAsideAndRecreateTables(writer, generation);
      writer.prepare(SET_META_SQL).run(GENERATION, String(generation));
      const projector = new Projector(writer, spill, this.cachedAgreements);
      let position = 0;
      onProgress?.(0, total);
      for (;;) {
        const events = await this.store.readAll(position, this.batchSize);
        if (events.length === 0) break;
        // One transaction: agreement rows and deadlines are written once, at the end, not once per batch.
        for (const event of events) projector.apply(event);
        position = events[events.length - 1].globalPosition;
        if (onProgress) {
          onProgress(position, Math.max(total, position));
          await yieldToTimers();
        }
      }
      projector.flush();
      writer.prepare(SET_POSITION_SQL).run(position);
      writer.exec('COMMIT');
    } catch (error) {
      writer.rollback();
      throw error;
    } finally {
      writer.close();
      spill.clear();
      this.reload();
    }
    this.notifyWaiters();
  }

  private reload(): void {
    // Nothing is parsed here: agreement states are read from the tables when an event needs them.
    this.projector = new Projector(this.db, new TableBacking(this.db), this.cachedAgreements);
    this.checkpoint = storedCheckpoint(this.db);
    const generation = this.storedGeneration();
    // Another process rebuilt the file and may have stopped before it dropped what it set aside.
    if (generation !== this.generation) queueMicrotask(() => void this.dropSetAsideTables());
    this.generation = generation;
  }

  private storedGeneration(): number {
    const value = this.sql.generation.get() as string | undefined;
    return value === undefined ? 0 : Number(value);
  }

  private notifyWaiters(): void {
    for (const waiter of [...this.waiters]) if (this.checkpoint >= waiter.position) waiter.resolve(true);
  }

  private async retryingWhileBusy(work: () => void): Promise<void> {
    for (;;) {
      try {
        return work();
      } catch (error) {
        if (!isBusy(error) || this.stopped) throw error;
        await pause(this.retryMs);
      }
    }
  }

  /** Catch-up, following and rebuild never interleave on the one connection. */
  private exclusively(work: () => Promise<void>): Promise<void> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next;
  }
}
