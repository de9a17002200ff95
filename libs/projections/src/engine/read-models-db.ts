import { inWalMode } from '@pacta/event-store';
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const READ_MODELS_PRAGMAS = [
  // Read models can always be rebuilt from the log, so a lost last transaction after a power cut costs nothing.
  'synchronous = NORMAL',
  // A rebuild is one transaction: pages it changes stay in memory instead of spilling to the WAL again and again.
  'cache_size = -131072',
  // Following rewrites the same agreement and index pages over and over: a checkpoint every ~40 MB of WAL instead of
  // every 4 MB copies each of them once instead of ten times, and syncs the file a tenth as often.
  'wal_autocheckpoint = 10000',
];

export function openReadModelsDb(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  inWalMode(db, 5000);
  for (const pragma of READ_MODELS_PRAGMAS) db.pragma(pragma);
  return db;
}

export const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown } | null)?.code ?? ''));
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));
