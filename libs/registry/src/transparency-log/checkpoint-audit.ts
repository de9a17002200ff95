import type { EventStore } from '@pacta/event-store';
import { RootBuilder, leafHash } from '@pacta/transparency';
import { logPages } from '../audit/log-pages';
import type { KeptTree } from './kept-tree';
import { leafName, logLeaf, readLeaf } from './log-leaf';

/** What a checkpoint check found. `deleted`, `rewritten` and `moved` name the first leaf the log no longer gives. */
export type CheckpointBreak = 'truncated' | 'deleted' | 'rewritten' | 'moved' | 'root-mismatch';

export interface CheckpointCheck {
  /** The log, recomputed from its events, extends the checkpoint consistently. */
  match: boolean;
  treeSize: number;
  /** The root the checkpoint signed, base64. */
  expected: string;
  /** The root the log's first treeSize events give now (null when the log holds fewer). */
  actual: string | null;
  /** Events in the log now. */
  logSize: number;
  reason?: CheckpointBreak;
  /** What broke, for a person: which event, and how. */
  detail?: string;
  /** Index of the first leaf the log no longer gives as the service recorded it. */
  leaf?: number;
}

/**
 * Recomputes the tree from the log's events themselves — not from the tree the service kept, which a writer of the
 * store could have left alone — and checks that its first `treeSize` leaves give the checkpoint's root. When they do
 * not, the tree the service kept (if any) tells which event changed: its leaf is compared with the log's.
 */
export async function checkCheckpoint(store: EventStore, expected: { size: number; root: Buffer }, kept?: KeptTree): Promise<CheckpointCheck> {
  const tree = new RootBuilder();
  let actual: Buffer | null = expected.size === 0 ? tree.root() : null;
  let firstDifference: number | undefined;
  let leafThereNow: string | undefined;
  for await (const page of logPages(store)) {
    for (const event of page) {
      const leaf = logLeaf(event, tree.size);
      if (firstDifference === undefined && kept && tree.size < kept.size && kept.leaf(tree.size) !== leaf) {
        firstDifference = tree.size;
        leafThereNow = leaf;
      }
      tree.append(leafHash(leaf));
      if (tree.size === expected.size) actual = tree.root();
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const logSize = tree.size;
  const base = { treeSize: expected.size, expected: expected.root.toString('base64'), logSize };
  if (firstDifference === undefined && kept && logSize < Math.min(kept.size, expected.size)) firstDifference = logSize;
  // The tree was recomputed from this very log, so a matching root at the checkpoint's size means the log extends it.
  if (actual && actual.equals(expected.root)) return { match: true, ...base, actual: actual.toString('base64') };
  const truncated = `the log holds ${logSize} events, but the checkpoint signed ${expected.size}: the log was truncated`;
  if (firstDifference !== undefined && firstDifference < expected.size) {
    const was = leafName(readLeaf(kept!.leaf(firstDifference)!));
    const named =
      firstDifference === logSize
        ? { reason: 'truncated' as const, detail: `${truncated} after leaf ${logSize - 1}; leaf ${logSize} was ${was}` }
        : await nameDifference(store, kept!, firstDifference, leafThereNow);
    return { match: false, ...base, actual: actual?.toString('base64') ?? null, ...named, leaf: firstDifference };
  }
  if (!actual) return { match: false, ...base, actual: null, reason: 'truncated', detail: truncated };
  return {
    match: false,
    ...base,
    actual: actual.toString('base64'),
    reason: 'root-mismatch',
    detail: `the log's first ${expected.size} events give root ${actual.toString('base64')}, not the signed ${base.expected}: events were changed, removed or reordered`,
  };
}

/** Says what became of the event the kept tree has at `index`: gone, rewritten, or elsewhere in the log. */
async function nameDifference(store: EventStore, kept: KeptTree, index: number, now: string | undefined): Promise<{ reason: CheckpointBreak; detail: string }> {
  const was = readLeaf(kept.leaf(index)!);
  const there = now ? `; leaf ${index} is now ${leafName(readLeaf(now))}` : '';
  const [event] = await store.readStream(was.streamId, was.streamRevision);
  if (!event || event.streamRevision !== was.streamRevision) {
    return { reason: 'deleted', detail: `leaf ${index} was ${leafName(was)}, which is gone from the log: events were deleted${there}` };
  }
  if (event.hash !== was.hash) {
    return {
      reason: 'rewritten',
      detail: `leaf ${index} was ${leafName(was)} with hash ${was.hash}; the log now has hash ${event.hash} for it: the stream was rewritten${there}`,
    };
  }
  return {
    reason: 'moved',
    detail: `leaf ${index} was ${leafName(was)}, which is now at position ${event.globalPosition}: events were reordered${there}`,
  };
}
