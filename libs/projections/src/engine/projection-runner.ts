import type Database from 'better-sqlite3';
import type { EventStore, StoredEvent } from '@pacta/event-store';
import { DEFAULT_CACHED_AGREEMENTS } from './agreement-states';
import { Follower } from './follower';
import { Projector } from './projector';
import { isBusy, openReadModelsDb, pause } from './read-models-db';
import { Generation, rebuildInTransaction, SetAsideTables, type RebuildContext, type RebuildProgress } from './rebuild';
import { CHECKPOINT_SQL, SET_POSITION_SQL, ensureBookkeeping, recreateTables, schemaIsCurrent, storedCheckpoint } from './schema';
import { TableBacking } from './table-backing';

export { openReadModelsDb } from './read-models-db';
export type { RebuildProgress } from './rebuild';

export interface ProjectionRunnerOptions {
  /** The read-model SQLite file (see readModelsFileOf); created when absent. */
  file: string;
  /** Events read and applied per transaction while catching up or rebuilding. Default 5000. */
  batchSize?: number;
  /**
   * How long a followed event may wait for others to share its transaction. Default FOLLOW_DELAY_MS; a query
   * waiting for a position (`waitFor`) does not wait for it.
   */
  followDelayMs?: number;
  /** Agreement states kept in memory; others are read from the read models when an event needs them. Default 5000. */
  cachedAgreements?: number;
  /** How long to wait before retrying when the file is locked by another process's rebuild. Default 100 ms. */
  retryMs?: number;
  log?: (message: string) => void;
}

const hasProjections = (db: Database.Database) => db.prepare('SELECT COUNT(*) FROM projections').pluck().get() !== 0;

/**
 * Keeps the read models in step with the event log: catches up in batches from the persisted checkpoint, then
 * follows the store's subscription (Follower). Each batch and its checkpoint commit in one transaction, so every
 * event is applied exactly once across restarts. A rebuild (rebuild.ts) runs in one transaction, and a runner that
 * finds the file rebuilt under it by another process (a new Generation) reloads its memory from the file.
 */
export class ProjectionRunner {
  private readonly db: Database.Database;
  /** Made by start() or rebuild(): with a changed schema the old tables cannot take its statements. */
  private projector!: Projector;
  private checkpoint = 0;
  private readonly generation: Generation;
  private readonly follower: Follower;
  private readonly setAside: SetAsideTables;
  private readonly rebuildContext: RebuildContext;
  private readonly batchSize: number;
  private readonly retryMs: number;
  private readonly cachedAgreements: number;
  private readonly sql: { setPosition: Database.Statement; checkpoint: Database.Statement };
  private stopped = false;
  private needsRebuild: boolean;
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.batchSize = options.batchSize ?? 5000;
    this.retryMs = options.retryMs ?? 100;
    this.cachedAgreements = options.cachedAgreements ?? DEFAULT_CACHED_AGREEMENTS;
    this.db = openReadModelsDb(options.file);
    ensureBookkeeping(this.db);
    this.sql = { setPosition: this.db.prepare(SET_POSITION_SQL), checkpoint: this.db.prepare(CHECKPOINT_SQL).pluck() };
    this.generation = new Generation(this.db);
    const isOpen = () => !this.stopped && this.db.open;
    this.follower = new Follower(
      store,
      {
        position: () => this.checkpoint,
        isOpen,
        apply: (events) =>
          this.exclusively(async () => {
            if (isOpen()) this.applyBatch(events);
          }),
      },
      { batchSize: this.batchSize, followDelayMs: options.followDelayMs, retryMs: this.retryMs, log: options.log },
    );
    this.rebuildContext = {
      db: this.db,
      store,
      file: options.file,
      batchSize: this.batchSize,
      cachedAgreements: this.cachedAgreements,
      isOpen,
      retryingWhileBusy: (work) => this.retryingWhileBusy(work),
      exclusively: (work) => this.exclusively(work),
    };
    this.setAside = new SetAsideTables(this.rebuildContext);
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
    if (this.follower.following) return;
    this.stopped = false;
    await this.exclusively(async () => {
      if (!this.needsRebuild) this.reload();
      // Until the rebuild commits, readers keep the read models of the previous schema. Read models at position 0
      // on a log that has events (a new file, a restored log) are the same work as a rebuild, done faster that way.
      if (this.needsRebuild || (this.checkpoint === 0 && (await this.store.headPosition()) > 0)) {
        await this.rebuildNow();
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
    return this.follower.waitFor(position, timeoutMs);
  }

  /**
   * Projects the whole log again from position 0 into new tables, then resumes following. It resolves when the new
   * read models are committed; the old tables, set aside by then, are dropped afterwards (dropSetAsideTables).
   */
  async rebuild(onProgress?: RebuildProgress): Promise<void> {
    const wasFollowing = this.follower.following;
    await this.follower.unfollow();
    try {
      await this.exclusively(() => this.rebuildNow(onProgress));
    } finally {
      if (wasFollowing) this.follow();
    }
    void this.dropSetAsideTables();
  }

  /** Drops the tables committed rebuilds set aside (see SetAsideTables). */
  dropSetAsideTables(): Promise<void> {
    return this.setAside.drop();
  }

  /** Stops following and closes the file; the checkpoint is already committed with the last batch. */
  async stop(): Promise<void> {
    if (this.stopped && !this.db.open) return;
    this.stopped = true;
    await this.follower.unfollow();
    await this.busy.catch(() => undefined);
    this.follower.notifyWaiters(true);
    if (this.db.open) this.db.close();
  }

  private follow(): void {
    if (!this.stopped) this.follower.follow();
  }

  private async rebuildNow(onProgress?: RebuildProgress): Promise<void> {
    try {
      await rebuildInTransaction(this.rebuildContext, onProgress);
    } finally {
      this.reload();
    }
    this.follower.notifyWaiters();
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll(this.checkpoint, this.batchSize);
      if (events.length === 0) return;
      await this.retryingWhileBusy(() => this.applyBatch(events));
    }
  }

  private applyBatch(events: StoredEvent[]): void {
    if (events.length === 0) return;
    try {
      this.db
        .transaction(() => {
          // Another runner on the same file (a rebuild, or a second instance) moved it on: continue from there.
          if (this.generation.movedOn() || this.sql.checkpoint.get() !== this.checkpoint) this.reload();
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
    this.follower.notifyWaiters();
  }

  private reload(): void {
    // Nothing is parsed here: agreement states are read from the tables when an event needs them.
    this.projector = new Projector(this.db, new TableBacking(this.db), this.cachedAgreements);
    this.checkpoint = storedCheckpoint(this.db);
    // Another process rebuilt the file and may have stopped before it dropped what it set aside.
    if (this.generation.see()) queueMicrotask(() => void this.dropSetAsideTables());
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
