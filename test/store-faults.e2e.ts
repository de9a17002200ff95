import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { TestPacta, startPacta } from './support/pacta';

/**
 * Faults of the store under a running service: each write during the fault answers 503 with Retry-After and
 * writes nothing; once the fault clears, the same service takes writes again without a restart.
 */
describe('a store that fails under the running service', () => {
  let pacta: TestPacta;
  let store: EventStore;
  let n = 0;
  const register = () => {
    n += 1;
    return pacta.as('registrar').post('/v1/parties', { id: `kunta-${n}`, name: { fi: `Kunta ${n}` }, type: 'municipality' });
  };
  const head = async () => store.headPosition();

  beforeAll(async () => {
    pacta = await startPacta();
    store = pacta.app.get<EventStore>(EVENT_STORE);
    await register().expect(201);
  });
  afterAll(() => pacta.close());

  it('answers 503 while another process holds the write lock, then recovers', async () => {
    const other = new Database(join(pacta.dataDir, 'events.db'));
    other.exec('BEGIN EXCLUSIVE');
    const before = await head();
    try {
      const response = await register().expect(503);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await head()).toBe(before);
    await register().expect(201);
  }, 20_000);

  it('answers 503 when the disk is full, then recovers when space is freed', async () => {
    const db = (store as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    let before = -1;
    try {
      // The last free bytes of the file still take a few rows; the fault shows when they run out.
      for (let i = 0; i < 500 && before < 0; i++) {
        const response = await register();
        if (response.status === 503) before = await head();
        else expect(response.status).toBe(201);
      }
      expect(before).toBeGreaterThan(0);
      for (let i = 0; i < 3; i++) await register().expect(503);
    } finally {
      db.pragma('max_page_count = 1073741823');
    }
    expect(await head()).toBe(before);
    await register().expect(201);
  });

  it('answers 503 when the file is corrupted, then recovers when it is restored', async () => {
    const file = join(pacta.dataDir, 'events.db');
    const db = (store as unknown as { db: Database.Database }).db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Only pages the connection has to read from disk reveal corruption, so its page cache is dropped first.
    db.pragma('cache_size = 1');
    db.pragma('shrink_memory');
    const original = readFileSync(file);
    const fd = openSync(file, 'r+');
    const before = await head();
    try {
      writeSync(fd, Buffer.alloc(original.length - 100, 0xa5), 0, original.length - 100, 100);
      await register().expect(503);
    } finally {
      writeSync(fd, original, 0, original.length, 0);
      closeSync(fd);
      db.pragma('cache_size = -2000');
    }
    expect(await head()).toBe(before);
    await register().expect(201);
  });
});
