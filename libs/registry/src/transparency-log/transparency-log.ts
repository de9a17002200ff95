import type { EventStore } from '@pacta/event-store';
import { Follower } from '@pacta/projections';
import { checkpointBody, consistencyProof, inclusionProof, rootHash, type NoteSigner } from '@pacta/transparency';
import { WriteError } from '../streams/write-errors';
import { KeptTree } from './kept-tree';

/** How long an answer waits for the tree to reach the position it needs, as read-your-writes waits for read models. */
export const TREE_WAIT_MS = 5000;

export class BeyondTheLog extends WriteError {
  readonly status = 422;
  readonly code = 'beyond-the-log';
  constructor(
    override readonly field: string,
    readonly requested: number,
    readonly treeSize: number,
  ) {
    super(`${field} ${requested} is beyond the log, which holds ${treeSize} events`);
  }
}

export class TreeBehind extends WriteError {
  readonly status = 503;
  readonly code = 'transparency-log-behind';
  constructor(
    readonly treeSize: number,
    position: number,
  ) {
    super(`the transparency log has not yet reached position ${position}; try again shortly`);
  }
}

export interface TransparencyLogOptions {
  /** The SQLite file of the kept tree (logTreeFileIn). */
  file: string;
  signer: NoteSigner;
  /** The checkpoint's first line; default the service's name. */
  origin: string;
  batchSize?: number;
  log?: (message: string) => void;
}

export interface InclusionProof {
  index: number;
  treeSize: number;
  leaf: string;
  hashes: string[];
}

export interface ConsistencyProof {
  from: number;
  to: number;
  hashes: string[];
}

const base64 = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('base64'));

/**
 * The Merkle tree over the whole log, kept up to date by following the store (off the command path), with signed
 * checkpoints and proofs. An answer that names no size is at least as recent as every write this instance
 * acknowledged, and a size beyond the tree waits for the head of the log before it is refused.
 */
export class TransparencyLog {
  readonly tree: KeptTree;
  private readonly follower: Follower;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly options: TransparencyLogOptions,
  ) {
    this.tree = new KeptTree(options.file);
    this.follower = new Follower(
      store,
      {
        position: () => this.tree.position,
        isOpen: () => !this.stopped && this.tree.isOpen,
        apply: async (events) => {
          this.tree.append(events);
          this.follower.notifyWaiters();
        },
      },
      { batchSize: options.batchSize ?? 5000, retryMs: 100, log: options.log },
    );
  }

  get origin(): string {
    return this.options.origin;
  }

  /** What signs checkpoints, for documents that carry one (snapshots). */
  get signing(): { signer: NoteSigner; origin: string } {
    return { signer: this.options.signer, origin: this.options.origin };
  }

  get verifierKey(): string {
    return this.options.signer.verifierKey;
  }

  /**
   * Follows the store from the kept tree's last position: the subscription delivers the events the tree has not
   * seen, then each new one. The service does not wait for a long catch-up (a first start over a large log) to
   * answer; an answer that needs the tree there waits for it.
   */
  async start(): Promise<void> {
    this.stopped = false;
    const head = await this.store.headPosition();
    if (this.tree.position > head) {
      this.options.log?.(
        `the kept tree (${this.tree.file}) reaches position ${this.tree.position}, but the log ends at ${head}: the log lost events ` +
          '(a restored backup, or tampering); checkpoints sign the tree as kept until that file is moved aside',
      );
    }
    this.follower.follow();
  }

  /** Appends every event of the log after the kept tree's last position, for a tool that does not follow. */
  async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll(this.tree.position, this.options.batchSize ?? 5000);
      if (events.length === 0) return;
      this.tree.append(events);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.follower.unfollow();
    this.follower.notifyWaiters(true);
    this.tree.close();
  }

  /** The size of the tree once it includes `position` (default: every write this instance acknowledged). */
  async sizeAfter(position = 0): Promise<number> {
    const needed = Math.max(position, this.store.lastAppendedPosition());
    if (this.tree.position < needed && !(await this.follower.waitFor(needed, TREE_WAIT_MS))) throw new TreeBehind(this.tree.size, needed);
    return this.tree.size;
  }

  /** Checks that the tree has `size` leaves, waiting for the head of the log first when it has fewer. */
  async ensureSize(size: number, field: string): Promise<void> {
    if (size <= this.tree.size) return;
    const head = await this.store.headPosition();
    if (head > this.tree.position) await this.follower.waitFor(head, TREE_WAIT_MS);
    if (size > this.tree.size) throw new BeyondTheLog(field, size, this.tree.size);
  }

  /** The checkpoint of the first `size` leaves, signed. Ed25519 signatures are deterministic: the same size gives the same bytes. */
  checkpoint(size: number): string {
    return this.options.signer.sign(checkpointBody({ origin: this.options.origin, size, root: rootHash(this.tree, size) }));
  }

  inclusion(index: number, treeSize: number): InclusionProof {
    return { index, treeSize, leaf: this.tree.leaf(index)!, hashes: base64(inclusionProof(this.tree, index, treeSize)) };
  }

  consistency(from: number, to: number): ConsistencyProof {
    return { from, to, hashes: base64(consistencyProof(this.tree, from, to)) };
  }
}
