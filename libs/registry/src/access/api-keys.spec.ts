import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyRing, newKey, parseApiKeys, readKeysFile, writeKeysFile } from './api-keys';

const keysFile = () => join(mkdtempSync(join(tmpdir(), 'pacta-keys-')), 'keys.json');

describe('parseApiKeys', () => {
  it('reads role:key pairs', () => {
    expect(parseApiKeys('registrar:abcdefghijklmnop, legal:0123456789abcdef')).toEqual([
      { role: 'registrar', key: 'abcdefghijklmnop' },
      { role: 'legal', key: '0123456789abcdef' },
    ]);
  });

  it('refuses an unknown role or a short key, naming the entry', () => {
    expect(() => parseApiKeys('admin:abcdefghijklmnop')).toThrow(/entry 1/);
    expect(() => parseApiKeys('legal:abcdefghijklmnop,auditor:short')).toThrow(/entry 2 \(auditor\).*16/);
    expect(() => parseApiKeys('no-colon-here')).toThrow(/role:key/);
  });
});

describe('KeyRing', () => {
  it('accepts the environment keys and names the actor without revealing the key', async () => {
    const ring = new KeyRing([{ role: 'auditor', key: 'auditor-secret-key-123' }], keysFile());
    const caller = await ring.authenticate('auditor-secret-key-123');
    expect(caller?.role).toBe('auditor');
    expect(caller?.actor).not.toContain('secret');
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
    expect(await ring.authenticate(key)).toEqual({ role: 'legal', actor: `key-${record.id}` });
    expect(await ring.authenticate(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeUndefined();

    writeKeysFile(file, { keys: [{ ...readKeysFile(file).keys[0], revokedAt: '2026-11-23T10:00:00Z' }] });
    const later = new KeyRing([], file);
    expect(await later.authenticate(key)).toBeUndefined();
  });

  it('refuses presented keys of the wrong shape without looking them up', async () => {
    const ring = new KeyRing([], keysFile());
    expect(await ring.authenticate('pk_nothex_whatever')).toBeUndefined();
    expect(await ring.authenticate('')).toBeUndefined();
  });
});
