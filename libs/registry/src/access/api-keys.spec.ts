import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyCheckBusy, KeyRing, newKey, parseApiKeys, readKeysFile, writeKeysFile } from './api-keys';

/** Every scrypt the key ring starts, and how many ran at once at most. */
const hashing = { started: 0, running: 0, mostAtOnce: 0 };
jest.mock('node:crypto', () => {
  const actual = jest.requireActual('node:crypto');
  return {
    ...actual,
    scrypt: (password: string, salt: Buffer, keylen: number, callback: (error: Error | null, hash: Buffer) => void) => {
      hashing.started++;
      hashing.running++;
      hashing.mostAtOnce = Math.max(hashing.mostAtOnce, hashing.running);
      actual.scrypt(password, salt, keylen, (error: Error | null, hash: Buffer) => {
        hashing.running--;
        callback(error, hash);
      });
    },
  };
});

const keysFile = () => join(mkdtempSync(join(tmpdir(), 'pacta-keys-')), 'keys.json');

describe('parseApiKeys', () => {
  it('reads role:key pairs and names each by its role and place, not by its secret', () => {
    expect(parseApiKeys('registrar:abcdefghijklmnop, legal:0123456789abcdef')).toEqual([
      { id: 'env-registrar-1', role: 'registrar', key: 'abcdefghijklmnop', parties: 'all' },
      { id: 'env-legal-2', role: 'legal', key: '0123456789abcdef', parties: 'all' },
    ]);
  });

  it('scopes a key to the parties named after its role', () => {
    expect(parseApiKeys('registrar@rantasalmi:abcdefghijklmnop,registrar@rantasalmi+kuopio:0123456789abcdef')).toEqual([
      { id: 'env-registrar-1', role: 'registrar', key: 'abcdefghijklmnop', parties: ['rantasalmi'] },
      { id: 'env-registrar-2', role: 'registrar', key: '0123456789abcdef', parties: ['rantasalmi', 'kuopio'] },
    ]);
  });

  it('refuses a scope that names no party or not a party id, naming the entry', () => {
    expect(() => parseApiKeys('registrar@:abcdefghijklmnop')).toThrow(/entry 1 \(registrar\).*not a party id/);
    expect(() => parseApiKeys('legal:abcdefghijklmnop,registrar@Rantasalmi:abcdefghijklmnop')).toThrow(/entry 2.*"Rantasalmi"/);
    expect(() => parseApiKeys('registrar@a++b:abcdefghijklmnop')).toThrow(/entry 1/);
  });

  it('refuses an unknown role or a short key, naming the entry', () => {
    expect(() => parseApiKeys('admin:abcdefghijklmnop')).toThrow(/entry 1/);
    expect(() => parseApiKeys('legal:abcdefghijklmnop,auditor:short')).toThrow(/entry 2 \(auditor\).*16/);
    expect(() => parseApiKeys('no-colon-here')).toThrow(/role:key/);
  });
});

describe('KeyRing', () => {
  it('accepts the environment keys and names the actor by the key id alone', async () => {
    const ring = new KeyRing(parseApiKeys('auditor:auditor-secret-key-123'), keysFile());
    const caller = await ring.authenticate('auditor-secret-key-123');
    expect(caller).toEqual({ role: 'auditor', actor: 'env-auditor-1', parties: 'all' });
    expect(await ring.authenticate('auditor-secret-key-124')).toBeUndefined();
  });

  it('keeps only a scrypt hash of a file key, accepts the key, and refuses it once revoked', async () => {
    const file = keysFile();
    const { key, stored } = newKey('legal');
    const record = await stored;
    writeKeysFile(file, { keys: [record] });
    const secret = key.split('_').slice(2).join('_');
    expect(secret.length).toBe(32);
    expect(readFileSync(file, 'utf8')).not.toContain(secret);

    const ring = new KeyRing([], file);
    expect(await ring.authenticate(key)).toEqual({ role: 'legal', actor: `key-${record.id}`, parties: 'all' });
    expect(await ring.authenticate(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeUndefined();

    writeKeysFile(file, { keys: [{ ...readKeysFile(file).keys[0], revokedAt: '2026-11-23T10:00:00Z' }] });
    const later = new KeyRing([], file);
    expect(await later.authenticate(key)).toBeUndefined();
  });

  it('keeps the parties a file key acts for with its hash, and names them for its caller', async () => {
    const file = keysFile();
    const { key, stored } = newKey('registrar', ['rantasalmi']);
    const record = await stored;
    writeKeysFile(file, { keys: [record] });
    expect(await new KeyRing([], file).authenticate(key)).toEqual({ role: 'registrar', actor: `key-${record.id}`, parties: ['rantasalmi'] });
  });

  it('refuses presented keys of the wrong shape without looking them up', async () => {
    const ring = new KeyRing([], keysFile());
    expect(await ring.authenticate('pk_nothex_whatever')).toBeUndefined();
    expect(await ring.authenticate('')).toBeUndefined();
  });

  async function fileWithOneKey() {
    const file = keysFile();
    const { key, stored } = newKey('legal');
    const record = await stored;
    writeKeysFile(file, { keys: [record] });
    return { file, key, record };
  }

  it('costs one hash for a refused key whether or not its id exists', async () => {
    const { file, key, record } = await fileWithOneKey();
    const ring = new KeyRing([], file);
    const wrongSecret = `pk_${record.id}_${'A'.repeat(32)}`;
    const unknownId = `pk_${'0'.repeat(12)}_${'A'.repeat(32)}`;
    expect(unknownId).not.toBe(key);
    for (const presented of [wrongSecret, unknownId]) {
      const before = hashing.started;
      expect(await ring.authenticate(presented)).toBeUndefined();
      expect(hashing.started - before).toBe(1);
    }
  });

  it('hashes two keys at a time, and refuses when too many wait', async () => {
    const ring = new KeyRing([], (await fileWithOneKey()).file);
    hashing.mostAtOnce = 0;
    const attempts = Array.from({ length: 70 }, (_, i) => ring.authenticate(`pk_${'1'.repeat(12)}_${String(i).padStart(32, 'x')}`));
    const outcomes = await Promise.allSettled(attempts);
    expect(hashing.mostAtOnce).toBe(2);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((o) => (o as PromiseRejectedResult).reason instanceof KeyCheckBusy)).toBe(true);
    expect(outcomes.filter((o) => o.status === 'fulfilled').every((o) => (o as PromiseFulfilledResult<unknown>).value === undefined)).toBe(true);
  });

  it('accepts no file key once the file turns unreadable, and says so', async () => {
    const { file, key } = await fileWithOneKey();
    const logged: string[] = [];
    const ring = new KeyRing([], file, (message) => logged.push(message));
    expect(await ring.authenticate(key)).toBeDefined();
    writeFileSync(file, '{"keys": [ broken');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await ring.authenticate(key)).toBeUndefined();
    expect(logged.join('\n')).toMatch(/keys\.json cannot be read/);
  });
});
