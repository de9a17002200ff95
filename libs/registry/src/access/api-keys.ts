import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ID_PATTERN, type PartyScope } from '@pacta/domain';
import { AccessRole } from '../streams/command-context';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export const ACCESS_ROLES: readonly AccessRole[] = ['registrar', 'legal', 'auditor'];

/** Who is calling: the actor names the key or token, never its secret; `parties` are those it acts for. */
export interface Caller {
  actor: string;
  role: AccessRole;
  parties: PartyScope;
}

/** A key as stored in the keys file: only a salted scrypt hash of its secret, never the key. */
export interface StoredKey {
  id: string;
  role: AccessRole;
  /** The parties the key acts for; absent: every party. */
  parties?: string[];
  salt: string;
  hash: string;
  createdAt: string;
  revokedAt?: string;
}

export interface KeysFile {
  keys: StoredKey[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A key given in `PACTA_API_KEYS`, with an id that names it in the log without saying anything about the secret. */
export interface EnvKey {
  id: string;
  role: AccessRole;
  key: string;
  parties: PartyScope;
}

/** The party ids of a scoped key, each checked: a typo would otherwise make a key that can never write. */
export function partyIdsOf(ids: readonly string[], where: string): string[] {
  const wrong = ids.find((id) => !ID_PATTERN.test(id));
  if (ids.length === 0 || wrong !== undefined) throw new Error(`${where}: "${wrong ?? ''}" is not a party id (a lowercase slug)`);
  return [...new Set(ids)];
}

/**
 * `PACTA_API_KEYS`: comma-separated `role:key` pairs, where the role may name the parties the key acts for
 * (`registrar@rantasalmi:key`, `registrar@a+b:key`); the n-th pair's id is `env-<role>-<n>`.
 */
export function parseApiKeys(value: string | undefined): EnvKey[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((pair, i) => {
    const at = pair.indexOf(':');
    const [role, scope] = pair.slice(0, at).trim().split(/@(.*)/s) as [AccessRole, string | undefined];
    const key = pair.slice(at + 1).trim();
    if (at < 1 || !ACCESS_ROLES.includes(role)) {
      throw new Error(`PACTA_API_KEYS entry ${i + 1} must be role:key or role@party+party:key with role one of ${ACCESS_ROLES.join(', ')}`);
    }
    if (key.length < 16) throw new Error(`PACTA_API_KEYS entry ${i + 1} (${role}): a key needs at least 16 characters`);
    const parties = scope === undefined ? 'all' : partyIdsOf(scope.split('+'), `PACTA_API_KEYS entry ${i + 1} (${role})`);
    return { id: `env-${role}-${i + 1}`, role, key, parties };
  });
}

/** Keys look like `pk_<id>_<secret>`, so a file key is found by id and costs one scrypt, then a cache hit. */
export function newKey(role: AccessRole, parties?: string[]): { key: string; stored: Promise<StoredKey> } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16);
  const key = `pk_${id}_${secret}`;
  const stored = scrypt(secret, salt, 32).then((hash) => ({
    id,
    role,
    ...(parties && { parties }),
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    createdAt: new Date().toISOString(),
  }));
  return { key, stored };
}

/** Where the service and the CLI keep hashed keys: `keys.json` in the data directory. */
export const keysFileIn = (dataDir: string) => join(dataDir, 'keys.json');

export function readKeysFile(file: string): KeysFile {
  if (!existsSync(file)) return { keys: [] };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeysFile;
  if (!Array.isArray(parsed.keys)) throw new Error(`${file} is not a Pacta keys file`);
  return parsed;
}

export function writeKeysFile(file: string, contents: KeysFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(contents, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}

/** Too many key checks are waiting for a hash: the caller should come back shortly. */
export class KeyCheckBusy extends Error {
  constructor() {
    super('too many API keys are being checked at once');
    this.name = 'KeyCheckBusy';
  }
}

/** Hashes at most `running` secrets at once and lets at most `waiting` more queue; beyond that it refuses. */
class HashingSlots {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly running: number,
    private readonly waiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.running) {
      if (this.queue.length >= this.waiting) throw new KeyCheckBusy();
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const FILE_KEY = /^pk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

/**
 * Authenticates bearer keys against the environment's keys and the keys file. The file is re-read when it
 * changes, so a key created or revoked by the CLI takes effect in a running service; a file that cannot be read
 * leaves no file key valid until it is fixed.
 *
 * Every well-formed file key that fails costs one scrypt, whether or not its id exists, so the time of a refusal
 * does not tell which ids exist.
 */
export class KeyRing {
  private fileKeys = new Map<string, StoredKey>();
  private fileStamp = '';
  private verified = new Map<string, Caller>();
  private checkedAt = 0;
  /** The environment's keys' digests and callers, computed once rather than on every request. */
  private readonly envCallers: { digest: Buffer; caller: Caller }[];
  private readonly hashing = new HashingSlots(2, 64);
  private readonly unknownIdSalt = randomBytes(16);

  constructor(
    private readonly envKeys: EnvKey[],
    private readonly keysFile: string,
    private readonly log: (message: string) => void = (message) => console.error(message),
  ) {
    this.envCallers = envKeys.map(({ id, role, key, parties }) => ({ digest: sha256(key), caller: { role, actor: id, parties } }));
    this.reloadIfChanged();
  }

  get size(): number {
    return this.envKeys.length + [...this.fileKeys.values()].filter((k) => !k.revokedAt).length;
  }

  /** Undefined for a key that is not valid; throws KeyCheckBusy when too many checks are already waiting. */
  async authenticate(presented: string): Promise<Caller | undefined> {
    this.reloadIfChanged();
    const digest = sha256(presented);
    for (const { digest: expected, caller } of this.envCallers) {
      if (timingSafeEqual(digest, expected)) return { ...caller };
    }
    const match = FILE_KEY.exec(presented);
    if (!match) return undefined;
    const cacheKey = digest.toString('hex');
    const cached = this.verified.get(cacheKey);
    if (cached) return cached;
    const stored = this.fileKeys.get(match[1]);
    const valid = stored && !stored.revokedAt ? stored : undefined;
    const salt = valid ? Buffer.from(valid.salt, 'base64') : this.unknownIdSalt;
    const hash = await this.hashing.run(() => scrypt(match[2], salt, 32));
    if (!valid) return undefined;
    const expected = Buffer.from(valid.hash, 'base64');
    if (hash.length !== expected.length || !timingSafeEqual(hash, expected)) return undefined;
    const caller: Caller = { role: valid.role, actor: `key-${valid.id}`, parties: valid.parties ?? 'all' };
    this.verified.set(cacheKey, caller);
    return caller;
  }

  private reloadIfChanged(): void {
    if (Date.now() - this.checkedAt < 1000) return;
    this.checkedAt = Date.now();
    let stamp = '';
    try {
      const stat = statSync(this.keysFile);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = 'absent';
    }
    if (stamp === this.fileStamp) return;
    this.fileStamp = stamp;
    this.verified.clear();
    try {
      this.fileKeys = new Map(readKeysFile(this.keysFile).keys.map((k) => [k.id, k]));
    } catch (error) {
      this.fileKeys = new Map();
      this.log(`${this.keysFile} cannot be read, so no key from it is accepted until it is fixed: ${(error as Error).message}`);
    }
  }
}
