import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOnly } from '../testing/read-only';
import { SqlThread } from './sql-thread';

describe('SqlThread', () => {
  let dir: string;
  let file: string;
  let thread: SqlThread;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pacta-sql-thread-'));
    file = join(dir, 'db.sqlite');
    thread = new SqlThread(file, ['journal_mode = WAL']);
    thread.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
  });
  afterEach(() => {
    thread.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const committed = () => readOnly(file, (db) => db.prepare('SELECT id, name FROM t ORDER BY id').raw().all());

  it('answers after applying, in order, every write queued before the question', () => {
    const insert = thread.prepare('INSERT INTO t (id, name) VALUES (?, ?)');
    for (let id = 1; id <= 50_000; id++) insert.run(id, `name-${id}`);
    thread.prepare('UPDATE t SET name = ? WHERE id = ?').run('renamed', 7);

    expect(thread.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(50_000);
    expect(thread.prepare('SELECT id, name FROM t WHERE id IN (?, ?) ORDER BY id').raw().all(7, 8)).toEqual([
      [7, 'renamed'],
      [8, 'name-8'],
    ]);
    expect(thread.prepare('SELECT name FROM t WHERE id = ?').get(9)).toEqual({ name: 'name-9' });
  });

  it('waits for the thread when more writes are queued than may be in flight, and applies all of them in order', () => {
    const insert = thread.prepare('INSERT INTO t (id, name) VALUES (?, ?)');
    thread.exec('BEGIN');
    // 300,000 queued ops: well over the 160,000 that may be posted and not yet applied.
    for (let id = 1; id <= 100_000; id++) insert.run(id, `name-${id}`);
    thread.exec('COMMIT');

    expect(committed()).toHaveLength(100_000);
    expect(thread.prepare('SELECT id, name FROM t WHERE id IN (?, ?) ORDER BY id').raw().all(1, 100_000)).toEqual([
      [1, 'name-1'],
      [100_000, 'name-100000'],
    ]);
  });

  it('fails the next answering call with the first failed write, applies nothing after it, and rolls back on request', () => {
    thread.exec('BEGIN IMMEDIATE');
    const insert = thread.prepare('INSERT INTO t (id, name) VALUES (?, ?)');
    insert.run(1, 'a');
    insert.run(2, 'a');
    insert.run(3, 'c');

    expect(() => thread.exec('COMMIT')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    thread.rollback();

    expect(committed()).toEqual([]);
    insert.run(4, 'd');
    expect(thread.prepare('SELECT id FROM t').pluck().all()).toEqual([4]);
  });

  it('reports an answering call that fails with its SQLite code, and refuses work once closed', () => {
    expect(() => thread.exec('INSERT INTO missing VALUES (1)')).toThrow(/no such table: missing/);
    thread.close();
    expect(() => thread.exec('SELECT 1')).toThrow(/closed/);
  });

  it('answers every call with the error when the file cannot be opened', () => {
    const unopenable = new SqlThread(join(dir, 'no', 'such', 'dir', 'db.sqlite'), []);
    try {
      expect(() => unopenable.pragma('user_version')).toThrow(/directory does not exist/);
    } finally {
      unopenable.close();
    }
  });
});
