import type Database from 'better-sqlite3';
import type { EventStore } from '@pacta/event-store';
import { SET_POSITION_SQL, GENERATION, metaValueSql, SET_META_SQL, dropSetAside, setAsideAndRecreateTables, setAsideTables, storedGeneration } from './schema';
import { Projector } from './projector';
import { READ_MODELS_PRAGMAS, yieldToTimers } from './read-models-db';
import { SpilledAgreements } from './spilled-agreements';
import { SqlThread } from './sql-thread';

export type RebuildProgress = (done: number, total: number) => void;

/** What a rebuild needs of the runner that runs it. */
export interface RebuildContext {
  db: Database.Database;
  store: EventStore;
  file: string;
  batchSize: number;
  cachedAgreements: number;
  isOpen(): boolean;
  retryingWhileBusy(work: () => void): Promise<void>;
  /** Runs `work` when no batch, catch-up or rebuild is under way on the runner's connection. */
  exclusively(work: () => Promise<void>): Promise<void>;
}

/**
 * Projects the whole log again from position 0 into new tables, in one transaction: readers keep seeing the previous
 * read models until it commits. It writes through a connection on a worker thread (SqlThread) while this thread
 * reads, folds and derives the rows: the writing is about half of the work. This thread's own connection only keeps
 * the agreements the rebuild lets go of (SpilledAgreements), in a temporary table that takes no lock on the file.
 */
export async function rebuildInTransaction(context: RebuildContext, onProgress?: RebuildProgress): Promise<void> {
  const { store, batchSize } = context;
  const total = await store.headPosition();
  // The whole rebuild is one commit; copying it from the WAL into the file is left to the next checkpoint.
  const writer = new SqlThread(context.file, [...READ_MODELS_PRAGMAS, 'wal_autocheckpoint = 0']);
  const spill = new SpilledAgreements(context.db);
  try {
    await context.retryingWhileBusy(() => writer.exec('BEGIN IMMEDIATE'));
    const generation = storedGeneration(writer) + 1;
    setAsideAndRecreateTables(writer, generation);
    writer.prepare(SET_META_SQL).run(GENERATION, String(generation));
    const projector = new Projector(writer, spill, context.cachedAgreements);
    let position = 0;
    onProgress?.(0, total);
    for (;;) {
      const events = await store.readAll(position, batchSize);
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
  }
}

/**
 * The file's generation: a rebuild (by this runner or another process, such as `pacta rebuild`) counts one up, and a
 * runner that finds it changed under it reloads what it keeps in memory from the file.
 */
export class Generation {
  private seen = 0;
  private readonly stored: Database.Statement;

  constructor(db: Database.Database) {
    this.stored = db.prepare(metaValueSql(GENERATION)).pluck();
  }

  /** Whether the file was rebuilt since the generation was last seen. */
  movedOn(): boolean {
    return this.current() !== this.seen;
  }

  /** Takes the file's generation as seen; true when it is not the one seen before. */
  see(): boolean {
    const generation = this.current();
    const changed = generation !== this.seen;
    this.seen = generation;
    return changed;
  }

  private current(): number {
    const value = this.stored.get() as string | undefined;
    return value === undefined ? 0 : Number(value);
  }
}

/**
 * Drops the tables a committed rebuild set aside (this runner's, another process's, or one that stopped before it
 * could), each in a transaction of its own queued with the followed batches, so the write lock is never held for
 * all of them at once.
 */
export class SetAsideTables {
  private dropping?: Promise<void>;

  constructor(private readonly context: RebuildContext) {}

  /** Resolves when none is left or the runner stopped; a stopped runner's start goes on with it. */
  drop(): Promise<void> {
    const { db } = this.context;
    this.dropping ??= (async () => {
      // Not before whoever awaited the rebuild has resumed: the new read models are committed already.
      await yieldToTimers();
      for (;;) {
        let dropped = false;
        await this.context.exclusively(async () => {
          if (!this.context.isOpen()) return;
          const [table] = setAsideTables(db);
          if (table === undefined) return;
          await this.context.retryingWhileBusy(() => db.transaction(() => dropSetAside(db, table)).immediate());
          dropped = true;
        });
        if (!dropped) return;
        await yieldToTimers();
      }
    })().finally(() => {
      this.dropping = undefined;
    });
    return this.dropping;
  }
}
