import { SqliteEventStore } from '@pacta/event-store';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../apps/cli/src/command';
import { backupCommand } from '../apps/cli/src/commands/backup';
import { exportCommand } from '../apps/cli/src/commands/export';
import { temporaryDataDir } from './support/pacta';

// The commands report on stderr as they do for a person at a terminal; the assertions here are on files.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

/** A data directory holding a log of one event and a keys file, and an empty directory beside it for outputs. */
async function dataDirAndElsewhere() {
  const dataDir = temporaryDataDir();
  const store = SqliteEventStore.open(join(dataDir, 'events.db'));
  const metadata = { recordedAt: '2026-11-23T10:00:00.000Z', actor: 'test', role: 'registrar', correlationId: 'c', causationId: 'c' };
  await store.append('party-toivakka', [{ eventId: 'e1', type: 'PartyRegistered', schemaVersion: 1, data: { partyId: 'toivakka' }, metadata }], 'no-stream');
  await store.close();
  writeFileSync(join(dataDir, 'keys.json'), '{"keys": []}\n');
  const elsewhere = temporaryDataDir();
  return { dataDir, elsewhere, env: { PACTA_DATA_DIR: dataDir } };
}

describe.each([
  ['export', exportCommand],
  ['backup', backupCommand],
])('pacta %s --out', (_name, command) => {
  it("refuses the data directory's own files, and says why", async () => {
    const { dataDir, env } = await dataDirAndElsewhere();
    const keys = readFileSync(join(dataDir, 'keys.json'), 'utf8');
    for (const target of [join(dataDir, 'keys.json'), join(dataDir, 'new-file')]) {
      await expect(command.run(['--out', target], env)).rejects.toThrow(/data directory/);
    }
    expect(readFileSync(join(dataDir, 'keys.json'), 'utf8')).toBe(keys);
    expect(existsSync(join(dataDir, 'new-file'))).toBe(false);
  });

  it('refuses a file that exists, or a link, dangling or not, and leaves it and its target alone', async () => {
    const { elsewhere, env } = await dataDirAndElsewhere();
    const existing = join(elsewhere, 'existing');
    writeFileSync(existing, 'keep me');
    const dangling = join(elsewhere, 'dangling');
    symlinkSync(join(elsewhere, 'planted-target'), dangling);
    const linked = join(elsewhere, 'linked');
    symlinkSync(existing, linked);
    for (const target of [existing, dangling, linked]) {
      await expect(command.run(['--out', target], env)).rejects.toThrow(UsageError);
    }
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(existsSync(join(elsewhere, 'planted-target'))).toBe(false);
  });

  it('writes through no link planted beside the output, and leaves no partial file', async () => {
    const { elsewhere, env } = await dataDirAndElsewhere();
    const victim = join(elsewhere, 'victim');
    writeFileSync(victim, 'keep me');
    const out = join(elsewhere, 'out');
    symlinkSync(victim, `${out}.partial`);
    expect(await command.run(['--out', out], env)).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(readFileSync(out).length).toBeGreaterThan(0);
    expect(readdirSync(elsewhere).sort()).toEqual(['out', 'out.partial', 'victim']);
  });
});

it('pacta export still writes to stdout with --out -', async () => {
  const { env } = await dataDirAndElsewhere();
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    expect(await exportCommand.run(['--out', '-'], env)).toBe(0);
  } finally {
    spy.mockRestore();
  }
  expect(written.join('')).toContain('party-toivakka');
});
