import type { EventStore, StoredEvent, Subscription } from '@pacta/event-store';
import { isBusy, pause } from './read-models-db';

interface Waiter {
  position: number;
  resolve(reached: boolean): void;
  timer: NodeJS.Timeout;
}

/**
 * How long a followed event waits for others to share its transaction when no query is waiting for it: long enough
 * that under a steady command load one transaction takes several group commits, since each transaction's fixed cost
 * is paid on the event loop that also serves the commands.
 */
export const FOLLOW_DELAY_MS = 25;

export interface FollowerOptions {
  batchSize: number;
  /** Default FOLLOW_DELAY_MS. */
  followDelayMs?: number;
  retryMs: number;
  log?: (message: string) => void;
}

/** What the follower needs of the runner it feeds. */
export interface FollowedReadModels {
  /** The position the read models have reached. */
  position(): number;
  /** False once the runner is stopping or its file is closed. */
  isOpen(): boolean;
  /** Applies a batch of events (those at or before position() are skipped) in one transaction. */
  apply(events: StoredEvent[]): Promise<void>;
}

/**
 * Follows the store's subscription: followed events wait (followDelayMs, or until a batch is full) so that those
 * arriving close together are applied in one transaction, and the subscription is held back only while a full batch
 * waits. A query waiting for a position (waitFor) makes the batch go at once.
 */
export class Follower {
  private subscription?: Subscription;
  private readonly waiters = new Set<Waiter>();
  /** Events the subscription delivered that are not applied yet: every event after the subscription's start, in order. */
  private followed: StoredEvent[] = [];
  private draining?: Promise<void>;
  private drainTimer?: NodeJS.Timeout;
  private drainImmediate?: NodeJS.Immediate;
  private drainSoon = false;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: FollowedReadModels,
    private readonly options: FollowerOptions,
  ) {}

  get following(): boolean {
    return this.subscription !== undefined;
  }

  follow(): void {
    this.followed = [];
    this.subscription = this.store.subscribe(this.readModels.position(), (event) => this.onFollowed(event));
  }

  async unfollow(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.close();
    this.cancelDrain();
    await this.draining;
    this.followed = [];
  }

  /** Resolves true once the read models include `position`, false if `timeoutMs` passes first. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.readModels.position() >= position) return Promise.resolve(true);
    if (!this.readModels.isOpen()) return Promise.resolve(false);
    if (this.followed.length && this.followed[this.followed.length - 1].globalPosition >= position) this.scheduleDrain(true);
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        position,
        resolve: (reached) => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
        timer: setTimeout(() => waiter.resolve(this.readModels.position() >= position), timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Answers the waiters whose position the read models reached; with `all`, every waiter (the runner stops). */
  notifyWaiters(all = false): void {
    const reached = this.readModels.position();
    for (const waiter of [...this.waiters]) if (all || reached >= waiter.position) waiter.resolve(reached >= waiter.position);
  }

  private async onFollowed(event: StoredEvent): Promise<void> {
    if (!this.readModels.isOpen()) return;
    this.followed.push(event);
    const waiting = this.waiters.size > 0 && [...this.waiters].some((waiter) => waiter.position <= event.globalPosition);
    if (this.followed.length >= this.options.batchSize) await this.drain();
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
    else this.drainTimer = setTimeout(run, this.options.followDelayMs ?? FOLLOW_DELAY_MS);
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
        if (!this.readModels.isOpen()) return;
        const events = this.followed;
        if (events.length === 0) return;
        try {
          await this.readModels.apply(events);
          // Events delivered while this batch was applied stay for the next round.
          this.followed = this.followed.slice(events.length);
        } catch (error) {
          if (!this.readModels.isOpen()) return;
          const busy = isBusy(error);
          if (!busy) this.options.log?.(`read models stopped at ${this.readModels.position()}, retrying: ${(error as Error).message}`);
          await pause(busy ? this.options.retryMs : 1000);
        }
      }
    })().finally(() => {
      this.draining = undefined;
      if (this.followed.length) this.scheduleDrain(this.drainSoon);
      this.drainSoon = false;
    });
    return this.draining;
  }
}
