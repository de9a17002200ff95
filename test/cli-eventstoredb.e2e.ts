/**
 * The `pacta` CLI on EventStoreDB, chosen as the API chooses its store (PACTA_EVENT_STORE=eventstoredb and
 * EVENTSTORE_CONNECTION_STRING), over the gRPC test double: seed, verify, export (checked by verify --file),
 * rebuild, and backup's answer that an EventStoreDB server is backed up on its own host.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../apps/cli/src/command';
import { backupCommand } from '../apps/cli/src/commands/backup';
import { exportCommand } from '../apps/cli/src/commands/export';
import { rebuildCommand } from '../apps/cli/src/commands/rebuild';
import { seedCommand } from '../apps/cli/src/commands/seed';
import { verifyCommand } from '../apps/cli/src/commands/verify';
import { EsdbTestServer } from '../libs/event-store/src/eventstoredb/testing';

describe('pacta on EventStoreDB (over the test double)', () => {
  let server: EsdbTestServer;
  let dir: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let printed: string[];

  beforeAll(async () => {
    server = await EsdbTestServer.start();
    dir = mkdtempSync(join(tmpdir(), 'pacta-cli-esdb-'));
    dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    env = { PACTA_DATA_DIR: dataDir, PACTA_EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: server.connectionString() };
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    printed = [];
    const keep = (...args: unknown[]) => void printed.push(args.join(' '));
    jest.spyOn(console, 'log').mockImplementation(keep);
    jest.spyOn(console, 'error').mockImplementation(keep);
  });
  afterEach(() => jest.restoreAllMocks());

  const pactaEvents = () =>
    server.log.readAll('start', 'forwards', 1_000_000).filter((r) => !r.streamId.startsWith('$'));

  it('seeds the server, and nothing of the seed lands in the data directory', async () => {
    expect(await seedCommand.run([], env)).toBe(0);
    expect(pactaEvents().length).toBeGreaterThan(10);
    expect(existsSync(join(dataDir, 'events.db'))).toBe(false);
  }, 60_000);

  it('verifies the log on the server, and exports a copy that verifies on its own', async () => {
    expect(await verifyCommand.run([], env)).toBe(0);
    expect(printed.join('\n')).toMatch(new RegExp(`^intact: ${pactaEvents().length} events`, 'm'));
    const file = join(dir, 'log.ndjson');
    expect(await exportCommand.run(['--out', file], env)).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.map((e) => e.eventId)).toEqual(pactaEvents().map((r) => r.eventId));
    expect(await verifyCommand.run(['--file', file], {})).toBe(0);
  });

  it('rebuilds the read models from the server through its head', async () => {
    const file = join(dir, 'rebuilt.db');
    expect(await rebuildCommand.run([], { ...env, PACTA_READ_MODELS_FILE: file })).toBe(0);
    const head = pactaEvents().at(-1)!.position.prepare;
    expect(printed.join('\n')).toContain(`through position ${head} `);
    expect(existsSync(file)).toBe(true);
  });

  it('answers backup with the server’s own backup, naming export and verify as the client-side copy', async () => {
    const attempt = backupCommand.run(['--out', join(dir, 'backup.db')], env);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/database directory .*Backup and restore.*pacta export/);
  });

  it('names a store it does not know, or EventStoreDB without a connection string, as a usage error', async () => {
    await expect(verifyCommand.run([], { ...env, PACTA_EVENT_STORE: 'postgres' })).rejects.toThrow(/PACTA_EVENT_STORE must be sqlite or eventstoredb/);
    await expect(verifyCommand.run([], { ...env, EVENTSTORE_CONNECTION_STRING: undefined })).rejects.toThrow(UsageError);
  });

  it('finds an event altered on the server: verify exits 1 and names it', async () => {
    const [last] = server.log.readStream('party-jyvaskyla', 'end', 'backwards', 1) ?? pactaEvents().slice(-1);
    const tampered = { ...JSON.parse(Buffer.from(last!.data).toString('utf8')), forged: true };
    server.log.append(
      last!.streamId,
      [{ ...last!, eventId: crypto.randomUUID(), data: Buffer.from(JSON.stringify(tampered)) }],
      { kind: 'revision', revision: last!.revision },
    );
    expect(await verifyCommand.run([], env)).toBe(1);
    expect(printed.join('\n')).toMatch(new RegExp(`^broken: ${last!.streamId} revision ${last!.revision + 1n}`, 'm'));
  });
});
