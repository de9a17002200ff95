#!/usr/bin/env node
// An independent checker for Pacta's transparency log (docs/transparency-log.md). It shares no code with Pacta: the
// Merkle tree is RFC 9162 §2.1, the checkpoint is C2SP tlog-checkpoint, the signature is a C2SP signed note with
// Ed25519. Its one library is node:crypto (SHA-256 and Ed25519).
//
//   node verify.mjs checkpoint KEY CHECKPOINT_FILE
//       the checkpoint's signature, by the verifier key KEY (<name>+<key id>+<base64 key>, GET /v1/audit/key)
//   node verify.mjs inclusion KEY CHECKPOINT_FILE PROOF_FILE
//       an inclusion proof (GET /v1/audit/proofs/inclusion, treeSize = the checkpoint's) against the checkpoint's root
//   node verify.mjs consistency KEY OLD_CHECKPOINT_FILE NEW_CHECKPOINT_FILE PROOF_FILE
//       a consistency proof (GET /v1/audit/proofs/consistency?from=OLD&to=NEW) between two signed checkpoints
//
// Exit 0 when every check holds, 1 naming the first that does not, 2 on bad usage.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sha256 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const leafHash = (leaf) => sha256(Buffer.of(0), Buffer.from(leaf, 'utf8'));
const nodeHash = (left, right) => sha256(Buffer.of(1), left, right);

class Refused extends Error {}
const refuse = (message) => {
  throw new Refused(message);
};

/** <name>+<8 hex key id>+<base64(0x01 ‖ 32-byte Ed25519 key)>; the base64 may hold `+`, so split on the first two. */
function parseKey(text) {
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first < 1 || second < 0) refuse('the verifier key is not <name>+<key id>+<key>');
  const name = text.slice(0, first);
  const id = Buffer.from(text.slice(first + 1, second), 'hex');
  const key = Buffer.from(text.slice(second + 1), 'base64');
  if (id.length !== 4 || key.length !== 33 || key[0] !== 0x01) refuse('the verifier key is not an Ed25519 note key');
  const publicKey = key.subarray(1);
  if (!sha256(Buffer.from(`${name}\n`, 'utf8'), Buffer.of(0x01), publicKey).subarray(0, 4).equals(id)) refuse("the verifier key's id does not match its name and key");
  return { name, id, publicKey };
}

/** The body of a signed note, once the key's signature over it verifies; then its origin, size and root. */
function readCheckpoint(text, key) {
  const split = text.lastIndexOf('\n\n');
  if (split < 0 || !text.endsWith('\n')) refuse('the checkpoint is not a signed note (body, blank line, signature lines)');
  const body = text.slice(0, split + 1);
  const signature = text
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => /^\u2014 (\S+) (\S+)$/.exec(line))
    .filter(Boolean)
    .map(([, name, b64]) => ({ name, bytes: Buffer.from(b64, 'base64') }))
    .find(({ name, bytes }) => name === key.name && bytes.subarray(0, 4).equals(key.id));
  if (!signature) refuse(`the checkpoint carries no signature by ${key.name}`);
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key.publicKey]);
  const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  if (signature.bytes.length !== 68 || !verify(null, Buffer.from(body, 'utf8'), publicKey, signature.bytes.subarray(4))) {
    refuse(`the signature by ${key.name} does not verify: the checkpoint was altered or signed by another key`);
  }
  const [origin, size, root] = body.split('\n');
  if (!/^\d+$/.test(size ?? '') || Buffer.from(root ?? '', 'base64').length !== 32) refuse('the checkpoint body is not origin, size, root');
  return { origin, size: Number(size), root: Buffer.from(root, 'base64') };
}

const lsb = (n) => n % 2 === 1;
const half = (n) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2. */
function inclusionHolds(leaf, index, size, path, root) {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!lsb(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2; equal sizes need an empty proof and equal roots. */
function consistencyHolds(first, second, firstRoot, secondRoot, proof) {
  if (first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : proof;
  let fn = first - 1;
  let sn = second - 1;
  while (lsb(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!lsb(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

const hashesOf = (proof) => proof.hashes.map((h) => Buffer.from(h, 'base64'));
const read = (file) => readFileSync(file, 'utf8');

function main([command, keyText, ...files]) {
  const usage = () => {
    console.error('usage: verify.mjs checkpoint KEY FILE | inclusion KEY CHECKPOINT PROOF | consistency KEY OLD NEW PROOF');
    return 2;
  };
  const arity = { checkpoint: 1, inclusion: 2, consistency: 3 }[command];
  if (!arity || !keyText || files.length !== arity) return usage();
  const key = parseKey(keyText.trim());
  const checkpoint = readCheckpoint(read(files[0]), key);
  console.log(`checkpoint ${files[0]}: signed by ${key.name}, origin ${checkpoint.origin}, tree size ${checkpoint.size}, root ${checkpoint.root.toString('base64')}`);
  if (command === 'inclusion') {
    const proof = JSON.parse(read(files[1]));
    if (proof.treeSize !== checkpoint.size) refuse(`the proof is for tree size ${proof.treeSize}, the checkpoint has ${checkpoint.size}`);
    const leaf = JSON.parse(proof.leaf);
    if (leaf.index !== proof.index) refuse(`the leaf says index ${leaf.index}, the proof ${proof.index}`);
    if (!inclusionHolds(leafHash(proof.leaf), proof.index, proof.treeSize, hashesOf(proof), checkpoint.root)) {
      refuse(`leaf ${proof.index} is NOT in the checkpoint's tree: the proof does not lead to its root`);
    }
    console.log(`leaf ${proof.index} (${leaf.streamId}@${leaf.streamRevision}, position ${leaf.position}, hash ${leaf.hash}) is in the tree`);
  }
  if (command === 'consistency') {
    const later = readCheckpoint(read(files[1]), key);
    const proof = JSON.parse(read(files[2]));
    if (proof.from !== checkpoint.size || proof.to !== later.size) refuse(`the proof is from ${proof.from} to ${proof.to}, the checkpoints have ${checkpoint.size} and ${later.size}`);
    if (!consistencyHolds(checkpoint.size, later.size, checkpoint.root, later.root, hashesOf(proof))) {
      refuse(`the tree of size ${later.size} does NOT extend the one of size ${checkpoint.size}: the history was rewritten`);
    }
    console.log(`checkpoint ${files[1]}: tree size ${later.size} extends tree size ${checkpoint.size}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refused)) throw error;
  console.log(`NOT VERIFIED: ${error.message}`);
  process.exitCode = 1;
}
