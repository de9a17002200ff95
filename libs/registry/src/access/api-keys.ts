import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { AccessRole } from '../streams/command-context';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export const ACCESS_ROLES: readonly AccessRole[] = ['registrar', 'legal', 'auditor'];

export interface Caller {
  actor: string;
  role: AccessRole;
}

/** A key as stored in the keys file: only a salted scrypt hash of its secret, never the key. */
export interface StoredKey {
  id: string;
  role: AccessRole;
  salt: string;
  hash: string;
  createdAt: string;
  revokedAt?: string;
}

export interface KeysFile {
  keys: StoredKey[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** `PACTA_API_KEYS`: comma-separated `role:key` pairs. */
export function parseApiKeys(value: string | undefined): { role: AccessRole; key: string }[] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((pair, i) => {
    const at = pair.indexOf(':');
    const role = pair.slice(0, at).trim() as AccessRole;
    const key = pair.slice(at + 1).trim();
    if (at < 1 || !ACCESS_ROLES.includes(role)) {
      throw new Error(`PACTA_API_KEYS entry ${i + 1} must be role:key with role one of ${ACCESS_ROLES.join(', ')}`);
    }
    if (key.length < 16) throw new Error(`PACTA_API_KEYS entry ${i + 1} (${role}): a key needs at least 16 characters`);
    return { role, key };
  });
}

/** Keys look like `pk_<id>_<secret>`, so a file key is found by id and costs one scrypt, then a cache hit. */
export function newKey(role: AccessRole): { key: string; stored: Promise<StoredKey> } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16);
  const key = `pk_${id}_${secret}`;
  const stored = scrypt(secret, salt, 32).then((hash) => ({
    id,
    role,
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

/**
 * Authenticates bearer keys against the environment's keys and the keys file. The file is re-read when it
 * changes, so a key created or revoked by the CLI takes effect in a running service.
 */
export class KeyRing {
  private fileKeys = new Map<string, StoredKey>();
  private fileStamp = '';
  private verified = new Map<string, Caller>();
  private checkedAt = 0;
  /** The environment's keys' digests and callers, computed once rather than on every request. */
  private readonly envCallers: { digest: Buffer; caller: Caller }[];

  constructor(
    private readonly envKeys: { role: AccessRole; key: string }[],
    private readonly keysFile: string,
  ) {
    this.envCallers = envKeys.map(({ role, key }) => {
      const digest = sha256(key);
      return { digest, caller: { role, actor: `env-${role}-${digest.toString('hex').slice(0, 8)}` } };
    });
    this.reloadIfChanged();
  }

  get size(): number {
    return this.envKeys.length + [...this.fileKeys.values()].filter((k) => !k.revokedAt).length;
  }

  async authenticate(presented: string): Promise<Caller | undefined> {
    this.reloadIfChanged();
    const digest = sha256(presented);
    for (const { digest: expected, caller } of this.envCallers) {
      if (timingSafeEqual(digest, expected)) return { ...caller };
    }
    const match = /^pk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(presented);
    if (!match) return undefined;
    const stored = this.fileKeys.get(match[1]);
    if (!stored || stored.revokedAt) return undefined;
    const cacheKey = digest.toString('hex');
    const cached = this.verified.get(cacheKey);
    if (cached) return cached;
    const hash = await scrypt(match[2], Buffer.from(stored.salt, 'base64'), 32);
    const expected = Buffer.from(stored.hash, 'base64');
    if (hash.length !== expected.length || !timingSafeEqual(hash, expected)) return undefined;
    const caller: Caller = { role: stored.role, actor: `key-${stored.id}` };
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
    this.fileKeys = new Map(readKeysFile(this.keysFile).keys.map((k) => [k.id, k]));
    this.verified.clear();
  }
}
