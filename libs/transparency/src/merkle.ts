import { createHash } from 'node:crypto';

/** RFC 6962 §2.1 / RFC 9162 §2.1.1: leaf hash = SHA-256(0x00 ‖ leaf). */
export function leafHash(leaf: string | Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.of(0)).update(leaf).digest();
}

/** Interior node = SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}

export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/**
 * The hashes of a tree's perfect subtrees: `subtree(level, index)` is the root over leaves
 * [index·2^level, (index+1)·2^level). A store answers each from what it kept, so a root or a proof costs
 * O(log n) look-ups, never a walk over the leaves.
 */
export interface SubtreeHashes {
  subtree(level: number, index: number): Buffer;
}

/** The largest power of two strictly below n (n > 1). */
function splitOf(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** MTH(D[lo:hi]) as RFC 9162 §2.1.1 defines it, for the ranges its recursion visits. */
export function rangeHash(tree: SubtreeHashes, lo: number, hi: number): Buffer {
  const n = hi - lo;
  if (n === 0) return EMPTY_ROOT;
  if (isPowerOfTwo(n) && lo % n === 0) return tree.subtree(Math.log2(n), lo / n);
  const k = splitOf(n);
  return nodeHash(rangeHash(tree, lo, lo + k), rangeHash(tree, lo + k, hi));
}

export const rootHash = (tree: SubtreeHashes, size: number): Buffer => rangeHash(tree, 0, size);

/** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1. */
export function inclusionProof(tree: SubtreeHashes, index: number, size: number): Buffer[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of size ${size}`);
  const path = (m: number, lo: number, hi: number): Buffer[] => {
    const n = hi - lo;
    if (n === 1) return [];
    const k = splitOf(n);
    return m < k ? [...path(m, lo, lo + k), rangeHash(tree, lo + k, hi)] : [...path(m - k, lo + k, hi), rangeHash(tree, lo, lo + k)];
  };
  return path(index, 0, size);
}

/** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1; empty when m is 0 or m equals n. */
export function consistencyProof(tree: SubtreeHashes, from: number, to: number): Buffer[] {
  if (!(from >= 0 && from <= to)) throw new RangeError(`a tree of size ${from} cannot be a prefix of one of size ${to}`);
  if (from === 0 || from === to) return [];
  const subproof = (m: number, lo: number, hi: number, complete: boolean): Buffer[] => {
    const n = hi - lo;
    if (m === n) return complete ? [] : [rangeHash(tree, lo, hi)];
    const k = splitOf(n);
    return m <= k
      ? [...subproof(m, lo, lo + k, complete), rangeHash(tree, lo + k, hi)]
      : [...subproof(m - k, lo + k, hi, false), rangeHash(tree, lo, lo + k)];
  };
  return subproof(from, 0, to, true);
}

/** RFC 9162 §2.1.3.2: does `proof` lead from the leaf hash at `index` to `root` in a tree of `size`? */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: Uint8Array[], root: Uint8Array): boolean {
  if (!(index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `proof` show that the tree of `from` leaves and root `fromRoot` is a prefix of the other? */
export function verifyConsistency(from: number, to: number, fromRoot: Uint8Array, toRoot: Uint8Array, proof: Uint8Array[]): boolean {
  if (!(from >= 0 && from <= to)) return false;
  if (from === to) return proof.length === 0 && Buffer.from(fromRoot).equals(toRoot);
  if (from === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(from) ? [fromRoot, ...proof] : proof;
  let fn = from - 1;
  let sn = to - 1;
  while (fn % 2 === 1) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return fr.equals(fromRoot) && sr.equals(toRoot) && sn === 0;
}

/**
 * A whole tree in memory, built from its leaf hashes: for a verifier that recomputes the tree from the log itself
 * rather than trusting what the service kept. Holds about 2n hashes.
 */
export class MemoryTree implements SubtreeHashes {
  private readonly levels: Buffer[][] = [[]];

  get size(): number {
    return this.levels[0].length;
  }

  append(leaf: Buffer): void {
    this.levels[0].push(leaf);
    let level = 0;
    let index = this.levels[0].length - 1;
    while (index % 2 === 1) {
      const row = this.levels[level];
      const parent = nodeHash(row[index - 1], row[index]);
      (this.levels[level + 1] ??= []).push(parent);
      level++;
      index = (index - 1) / 2;
    }
  }

  subtree(level: number, index: number): Buffer {
    const hash = this.levels[level]?.[index];
    if (!hash) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return hash;
  }

  leaf(index: number): Buffer {
    return this.subtree(0, index);
  }
}

/**
 * The root of a growing list of leaves in O(log n) memory: it keeps only the roots of the perfect subtrees along the
 * right edge. For a verifier that walks a log of any length once.
 */
export class RootBuilder {
  private readonly edge: { level: number; hash: Buffer }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  append(leaf: Buffer): void {
    let hash = leaf;
    let level = 0;
    while (this.edge.length && this.edge[this.edge.length - 1].level === level) {
      hash = nodeHash(this.edge.pop()!.hash, hash);
      level++;
    }
    this.edge.push({ level, hash });
    this.count++;
  }

  root(): Buffer {
    if (this.edge.length === 0) return EMPTY_ROOT;
    let hash = this.edge[this.edge.length - 1].hash;
    for (let i = this.edge.length - 2; i >= 0; i--) hash = nodeHash(this.edge[i].hash, hash);
    return hash;
  }
}
