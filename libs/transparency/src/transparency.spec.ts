import { createHash } from 'node:crypto';
import {
  MemoryTree,
  NoteSigner,
  checkpointBody,
  consistencyProof,
  inclusionProof,
  leafHash,
  parseVerifierKey,
  RootBuilder,
  rootHash,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '.';
import { VECTORS } from './testing/vectors';

const b64 = (hashes: Buffer[]) => hashes.map((h) => h.toString('base64'));
const fromB64 = (hashes: string[]) => hashes.map((h) => Buffer.from(h, 'base64'));
const leafOf = (i: number) =>
  JSON.stringify({
    hash: createHash('sha256').update(`event-${i}`).digest('hex'),
    index: i,
    position: i + 1,
    streamId: 'agreement-example',
    streamRevision: i,
  });

function treeOf(size: number): MemoryTree {
  const tree = new MemoryTree();
  for (let i = 0; i < size; i++) tree.append(leafHash(leafOf(i)));
  return tree;
}

describe('the Merkle tree (RFC 9162 §2.1)', () => {
  const tree = treeOf(5);

  it('given the five vector leaves, hashes leaf 0 and every root as the vectors say', () => {
    expect(leafOf(0)).toBe(VECTORS.leaf0);
    expect(tree.leaf(0).toString('hex')).toBe(VECTORS.leaf0Hash);
    expect([1, 2, 3, 4, 5].map((size) => rootHash(tree, size).toString('base64'))).toEqual(VECTORS.roots);
  });

  it('gives the vector inclusion proof of leaf 2 in size 5, which verifies, and fails for any other leaf or root', () => {
    const proof = inclusionProof(tree, 2, 5);
    expect(b64(proof)).toEqual(VECTORS.inclusionLeaf2Size5);
    const root = rootHash(tree, 5);
    expect(verifyInclusion(tree.leaf(2), 2, 5, proof, root)).toBe(true);
    expect(verifyInclusion(tree.leaf(3), 2, 5, proof, root)).toBe(false);
    expect(verifyInclusion(tree.leaf(2), 3, 5, proof, root)).toBe(false);
    expect(verifyInclusion(tree.leaf(2), 2, 5, proof, rootHash(tree, 4))).toBe(false);
  });

  it('gives the vector consistency proof from 3 to 5, which verifies, and fails against another old root', () => {
    const proof = consistencyProof(tree, 3, 5);
    expect(b64(proof)).toEqual(VECTORS.consistency3To5);
    const [old, now] = fromB64([VECTORS.roots[2], VECTORS.roots[4]]);
    expect(verifyConsistency(3, 5, old, now, proof)).toBe(true);
    expect(verifyConsistency(3, 5, fromB64([VECTORS.roots[1]])[0], now, proof)).toBe(false);
    expect(verifyConsistency(3, 5, old, now, proof.slice(1))).toBe(false);
  });

  it('given every pair of sizes up to 40, every inclusion and consistency proof verifies against its roots', () => {
    const big = treeOf(40);
    for (let n = 1; n <= 40; n++) {
      const root = rootHash(big, n);
      for (let i = 0; i < n; i++) expect(verifyInclusion(big.leaf(i), i, n, inclusionProof(big, i, n), root)).toBe(true);
      for (let m = 0; m <= n; m++) expect(verifyConsistency(m, n, rootHash(big, m), root, consistencyProof(big, m, n))).toBe(true);
    }
  });

  it('given leaves one at a time, the root builder gives every root the full tree gives', () => {
    const big = treeOf(40);
    const builder = new RootBuilder();
    expect(builder.root()).toEqual(rootHash(big, 0));
    for (let n = 1; n <= 40; n++) {
      builder.append(big.leaf(n - 1));
      expect(builder.root().toString('base64')).toBe(rootHash(big, n).toString('base64'));
    }
  });

  it('given two trees that differ in one leaf, no consistency proof joins them', () => {
    const honest = treeOf(7);
    const altered = new MemoryTree();
    for (let i = 0; i < 9; i++) altered.append(leafHash(leafOf(i === 4 ? 40 : i)));
    expect(verifyConsistency(7, 9, rootHash(honest, 7), rootHash(altered, 9), consistencyProof(altered, 7, 9))).toBe(false);
  });
});

describe('checkpoints signed as notes (C2SP tlog-checkpoint, signed-note)', () => {
  const signer = new NoteSigner(VECTORS.keyName, Buffer.from(VECTORS.seed, 'hex'));
  const body = checkpointBody({ origin: VECTORS.origin, size: 5, root: rootHash(treeOf(5), 5) });

  it('given the vector seed, gives the vector verifier key and exactly the vector signed checkpoint', () => {
    expect(signer.verifierKey).toBe(VECTORS.verifierKey);
    expect(signer.sign(body)).toBe(VECTORS.signedCheckpoint);
  });

  it('verifies the vector checkpoint with the verifier key and reads its origin, size and root', () => {
    const checkpoint = verifyCheckpoint(VECTORS.signedCheckpoint, parseVerifierKey(VECTORS.verifierKey));
    expect(checkpoint).toEqual({ origin: VECTORS.origin, size: 5, root: Buffer.from(VECTORS.roots[4], 'base64') });
  });

  it('refuses a checkpoint whose size was altered, and one signed by another key of the same name', () => {
    const key = parseVerifierKey(VECTORS.verifierKey);
    expect(() => verifyCheckpoint(VECTORS.signedCheckpoint.replace('\n5\n', '\n4\n'), key)).toThrow(/does not verify/);
    const other = NoteSigner.generate(VECTORS.keyName);
    expect(() => verifyCheckpoint(other.sign(body), key)).toThrow(/no signature by pacta.example\+f8556d51/);
  });

  it('keeps a signer in the Go note format and reads it back to the same key', () => {
    const again = NoteSigner.fromSignerKey(signer.signerKey);
    expect(signer.signerKey).toMatch(/^PRIVATE\+KEY\+pacta\.example\+f8556d51\+/);
    expect(again.verifierKey).toBe(VECTORS.verifierKey);
  });

  it('refuses a verifier key whose id is not that of its name and key', () => {
    expect(() => parseVerifierKey(VECTORS.verifierKey.replace('f8556d51', 'f8556d52'))).toThrow(/not that of its name/);
  });
});
