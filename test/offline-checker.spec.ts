/**
 * docs/checker/verify.mjs, the auditor's offline checker, run as an auditor would (node, no Pacta code), on the
 * reference vectors: a checkpoint, an inclusion proof and a consistency proof verify; altered ones are named.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VECTORS } from '../libs/transparency/src/testing/vectors';
import { NoteSigner, checkpointBody } from '../libs/transparency/src';

const CHECKER = join(__dirname, '..', 'docs', 'checker', 'verify.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pacta-checker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, contents: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return path;
}
const check = (...args: string[]) => spawnSync(process.execPath, [CHECKER, ...args], { encoding: 'utf8' });

const five = file('five.txt', VECTORS.signedCheckpoint);
const signer = new NoteSigner(VECTORS.keyName, Buffer.from(VECTORS.seed, 'hex'));
const three = file('three.txt', signer.sign(checkpointBody({ origin: VECTORS.origin, size: 3, root: Buffer.from(VECTORS.roots[2], 'base64') })));
const eventHash2 = createHash('sha256').update('event-2').digest('hex');
const leaf2 = `{"hash":"${eventHash2}","index":2,"position":3,"streamId":"agreement-example","streamRevision":2}`;
const inclusion = { index: 2, treeSize: 5, hashes: VECTORS.inclusionLeaf2Size5 };
const consistency = { from: 3, to: 5, hashes: VECTORS.consistency3To5 };

describe('the offline checker', () => {
  it('given the vector checkpoint and key, accepts the signature and reads the tree size and root', () => {
    const run = check('checkpoint', VECTORS.verifierKey, five);
    expect(run.stdout).toContain(`signed by pacta.example, origin ${VECTORS.origin}, tree size 5, root ${VECTORS.roots[4]}`);
    expect(run.status).toBe(0);
  });

  it('given a checkpoint with an altered size, or another key, refuses the signature with exit 1', () => {
    expect(check('checkpoint', VECTORS.verifierKey, file('altered.txt', VECTORS.signedCheckpoint.replace('\n5\n', '\n6\n'))).stdout).toContain(
      'NOT VERIFIED: the signature by pacta.example does not verify',
    );
    const other = NoteSigner.generate(VECTORS.keyName).verifierKey;
    const run = check('checkpoint', other, five);
    expect(run.stdout).toContain('NOT VERIFIED: the checkpoint carries no signature by pacta.example');
    expect(run.status).toBe(1);
  });

  it.each([
    ['the leaf it proves', { ...inclusion, leaf: leaf2 }, 0, 'leaf 2 (agreement-example@2, position 3'],
    ['another leaf in its place', { ...inclusion, leaf: VECTORS.leaf0.replace('"index":0', '"index":2') }, 1, 'leaf 2 is NOT in the checkpoint'],
    ['a hash dropped', { ...inclusion, leaf: leaf2, hashes: inclusion.hashes.slice(1) }, 1, 'is NOT in the checkpoint'],
  ])('given an inclusion proof with %s, answers as it should', (_, proof, status, says) => {
    const run = check('inclusion', VECTORS.verifierKey, five, file('inclusion.json', proof));
    expect(run.stdout).toContain(says);
    expect(run.status).toBe(status);
  });

  it.each([
    ['the vector proof', consistency, 0, 'tree size 5 extends tree size 3'],
    ['a hash altered', { ...consistency, hashes: [VECTORS.roots[0], ...consistency.hashes.slice(1)] }, 1, 'does NOT extend'],
  ])('given a consistency proof from size 3 to size 5 with %s, answers as it should', (_, proof, status, says) => {
    const run = check('consistency', VECTORS.verifierKey, three, five, file('consistency.json', proof));
    expect(run.stdout).toContain(says);
    expect(run.status).toBe(status);
  });

  it('given no arguments, prints its usage and exits 2', () => {
    expect(check().status).toBe(2);
  });
});
