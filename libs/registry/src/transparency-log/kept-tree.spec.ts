import type { StoredEvent } from '@pacta/event-store';
import { MemoryTree, consistencyProof, inclusionProof, leafHash, rootHash } from '@pacta/transparency';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeptTree } from './kept-tree';
import { logLeaf } from './log-leaf';

/** Events with the gaps in their positions a networked store leaves. */
const events = Array.from({ length: 37 }, (_, i) => ({ hash: `${i}`.padStart(64, 'a'), globalPosition: 10 + 3 * i, streamId: `s-${i % 4}`, streamRevision: Math.floor(i / 4) }) as StoredEvent);

describe('the kept tree', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pacta-kept-tree-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given events in uneven batches, some delivered twice, keeps the tree of each event once, in log order', () => {
    const kept = new KeptTree(join(dir, 'tree.db'));
    for (const [from, to] of [[0, 1], [0, 5], [3, 12], [12, 13], [10, 37]]) kept.append(events.slice(from, to));
    const memory = new MemoryTree();
    events.forEach((event, index) => memory.append(leafHash(logLeaf(event, index))));

    expect([kept.size, kept.position]).toEqual([37, events[36].globalPosition]);
    expect(kept.leaf(5)).toBe(logLeaf(events[5], 5));
    for (let n = 1; n <= 37; n++) {
      expect(rootHash(kept, n)).toEqual(rootHash(memory, n));
      expect(inclusionProof(kept, n - 1, n)).toEqual(inclusionProof(memory, n - 1, n));
      expect(consistencyProof(kept, Math.floor(n / 3), n)).toEqual(consistencyProof(memory, Math.floor(n / 3), n));
    }
    kept.close();
  });

  it('given a second instance on the same file, each continues from what the other wrote', () => {
    const one = new KeptTree(join(dir, 'tree.db'));
    const two = new KeptTree(join(dir, 'tree.db'));
    one.append(events.slice(0, 10));
    two.append(events.slice(0, 20));
    one.append(events.slice(15, 25));
    expect([one.size, one.position]).toEqual([25, events[24].globalPosition]);
    expect(two.leaf(24)).toBe(logLeaf(events[24], 24));
    one.close();
    two.close();
  });
});
