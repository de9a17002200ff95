import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** C2SP signed-note: the signature line starts with an em dash and a space. */
const DASH = '\u2014 ';
/** The algorithm byte of an Ed25519 note key. */
const ED25519 = 0x01;
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** C2SP signed-note: a key name is non-empty and holds no whitespace and no `+`. */
const KEY_NAME = /^[^\s+]+$/;

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

/** C2SP tlog-checkpoint body: origin, tree size in decimal, base64 root hash, each line ending in a newline. */
export function checkpointBody({ origin, size, root }: Checkpoint): string {
  return `${origin}\n${size}\n${root.toString('base64')}\n`;
}

export class NoteError extends Error {
  override name = 'NoteError';
}

/** The three lines of a checkpoint body (extension lines after them are allowed and ignored). */
export function parseCheckpointBody(body: string): Checkpoint {
  const lines = body.split('\n');
  if (lines.length < 4 || lines.at(-1) !== '') throw new NoteError('a checkpoint body has an origin, a tree size and a root hash, each on its own line');
  const [origin, sizeText, rootText] = lines;
  if (origin === '') throw new NoteError('the checkpoint has no origin line');
  if (!/^(0|[1-9]\d{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw new NoteError(`the checkpoint's tree size "${sizeText}" is not a decimal number`);
  }
  const root = Buffer.from(rootText, 'base64');
  if (root.length !== 32 || root.toString('base64') !== rootText) throw new NoteError(`the checkpoint's root hash "${rootText}" is not 32 bytes of base64`);
  return { origin, size: Number(sizeText), root };
}

/** key id = the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
export function keyId(name: string, publicKey: Buffer): Buffer {
  return createHash('sha256').update(name).update('\n').update(Buffer.of(ED25519)).update(publicKey).digest().subarray(0, 4);
}

/** An Ed25519 note signer: its name, key id and raw public key. */
export class NoteSigner {
  readonly publicKey: Buffer;
  readonly keyId: Buffer;
  private readonly privateKey: KeyObject;

  constructor(
    readonly name: string,
    readonly seed: Buffer,
  ) {
    if (!KEY_NAME.test(name)) throw new NoteError(`a note key name must be non-empty, without spaces or "+": "${name}"`);
    if (seed.length !== 32) throw new NoteError('an Ed25519 private key seed is 32 bytes');
    this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    this.publicKey = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
    this.keyId = keyId(name, this.publicKey);
  }

  static generate(name: string): NoteSigner {
    const { privateKey } = generateKeyPairSync('ed25519');
    return new NoteSigner(name, privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length));
  }

  /** The verifier key, `<name>+<8 hex key id>+<base64(0x01 ‖ public key)>`, as C2SP signed-note and Go's note package write it. */
  get verifierKey(): string {
    return `${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.of(ED25519), this.publicKey]).toString('base64')}`;
  }

  /** The private key in Go's note format, `PRIVATE+KEY+<name>+<key id>+<base64(0x01 ‖ seed)>`: what the key file holds. */
  get signerKey(): string {
    return `PRIVATE+KEY+${this.name}+${this.keyId.toString('hex')}+${Buffer.concat([Buffer.of(ED25519), this.seed]).toString('base64')}`;
  }

  static fromSignerKey(text: string): NoteSigner {
    // The base64 key may itself hold `+`: only the first four split.
    const parts = text.trim().split('+');
    const [prefix, kind, name, id] = parts;
    const key = parts.slice(4).join('+');
    if (parts.length < 5 || prefix !== 'PRIVATE' || kind !== 'KEY') throw new NoteError('a note signer key reads PRIVATE+KEY+<name>+<key id>+<key>');
    const bytes = Buffer.from(key, 'base64');
    if (bytes.length !== 33 || bytes[0] !== ED25519) throw new NoteError('the signer key is not an Ed25519 key');
    const signer = new NoteSigner(name, bytes.subarray(1));
    if (signer.keyId.toString('hex') !== id) throw new NoteError(`the signer key's id ${id} is not that of its name and key`);
    return signer;
  }

  /** The body followed by a blank line and this signer's signature line. */
  sign(body: string): string {
    if (!body.endsWith('\n')) throw new NoteError('a note body ends with a newline');
    const signature = sign(null, Buffer.from(body, 'utf8'), this.privateKey);
    return `${body}\n${DASH}${this.name} ${Buffer.concat([this.keyId, signature]).toString('base64')}\n`;
  }
}

export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
}

/** Parses `<name>+<hex key id>+<base64(0x01 ‖ key)>`; the base64 may itself hold `+`, so only the first two split. */
export function parseVerifierKey(text: string): NoteVerifier {
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = trimmed.indexOf('+', first + 1);
  if (first < 1 || second < 0) throw new NoteError('a verifier key reads <name>+<key id>+<key>');
  const name = trimmed.slice(0, first);
  const id = trimmed.slice(first + 1, second);
  const key = Buffer.from(trimmed.slice(second + 1), 'base64');
  if (!/^[0-9a-f]{8}$/.test(id)) throw new NoteError(`the verifier key's id "${id}" is not 8 hex digits`);
  if (key.length !== 33 || key[0] !== ED25519) throw new NoteError('the verifier key is not an Ed25519 key');
  const publicKey = key.subarray(1);
  if (!keyId(name, publicKey).equals(Buffer.from(id, 'hex'))) throw new NoteError(`the verifier key's id ${id} is not that of its name and key`);
  return { name, keyId: Buffer.from(id, 'hex'), publicKey };
}

export interface SignedNote {
  body: string;
  signatures: { name: string; keyId: Buffer; signature: Buffer }[];
}

/** Splits a signed note into its body and signature lines (signatures unchecked). */
export function parseNote(text: string): SignedNote {
  const split = text.lastIndexOf('\n\n');
  if (split < 0 || !text.endsWith('\n')) throw new NoteError('a signed note is a body, a blank line, and signature lines, each ending in a newline');
  const body = text.slice(0, split + 1);
  const signatures = text
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
      if (!match) throw new NoteError(`"${line}" is not a signature line (— <key name> <base64>)`);
      const bytes = Buffer.from(match[2], 'base64');
      if (bytes.length < 5) throw new NoteError(`the signature of ${match[1]} is too short`);
      return { name: match[1], keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    });
  return { body, signatures };
}

/** The note's body when `key` signed it; a NoteError saying why not otherwise. */
export function verifyNote(text: string, key: NoteVerifier): string {
  const { body, signatures } = parseNote(text);
  const mine = signatures.find((s) => s.name === key.name && s.keyId.equals(key.keyId));
  if (!mine) throw new NoteError(`the note carries no signature by ${key.name}+${key.keyId.toString('hex')}`);
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.publicKey]), format: 'der', type: 'spki' });
  if (mine.signature.length !== 64 || !verify(null, Buffer.from(body, 'utf8'), publicKey, mine.signature)) {
    throw new NoteError(`the signature by ${key.name} does not verify: the note was altered or signed by another key`);
  }
  return body;
}

/** A signed checkpoint, checked against the verifier key. */
export function verifyCheckpoint(text: string, key: NoteVerifier): Checkpoint {
  return parseCheckpointBody(verifyNote(text, key));
}
