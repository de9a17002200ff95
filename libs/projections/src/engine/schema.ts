import { agreementsSchema } from '../read-models/agreements/schema';
import { deadlinesSchema } from '../read-models/deadlines/schema';
import { obligationsSchema } from '../read-models/obligations/schema';
import { partiesSchema } from '../read-models/parties/schema';
import { programmesSchema } from '../read-models/programmes/schema';
import { tablesOf, type ReadModelSchema } from './read-model-schema';
import type { SqlConnection } from './sql-connection';

/**
 * Every read model's schema. A rebuild keeps their indexes as it loads: its writes run on a thread of their own
 * (SqlThread) that has time to spare while this one folds, where building them after the load would keep both waiting.
 */
const SCHEMAS: readonly ReadModelSchema[] = [partiesSchema, agreementsSchema, obligationsSchema, deadlinesSchema, programmesSchema];

export type ProjectionName = 'parties' | 'agreements' | 'obligations' | 'deadlines' | 'programmes';

/** Each read model's version (see ReadModelSchema). */
export const PROJECTION_VERSIONS = Object.fromEntries(SCHEMAS.map(({ name, version }) => [name, version])) as Record<ProjectionName, number>;

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS projections (
  name           TEXT PRIMARY KEY,
  schema_version INTEGER NOT NULL,
  position       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export function ensureBookkeeping(db: SqlConnection): void {
  db.exec(BOOKKEEPING);
}

/** True when every projection's tables exist at the version this code writes. */
export function schemaIsCurrent(db: SqlConnection): boolean {
  const stored = new Map(
    (db.prepare('SELECT name, schema_version FROM projections').raw().all() as [string, number][]).map(([n, v]) => [n, v]),
  );
  return SCHEMAS.every(({ name, version }) => stored.get(name) === version);
}

/** Drops and recreates every read model at position 0. */
export function recreateTables(db: SqlConnection): void {
  for (const table of SCHEMAS.flatMap(tablesOf)) db.exec(`DROP TABLE IF EXISTS ${quoted(table)}`);
  createTables(db, storedGeneration(db));
}

const SET_ASIDE = 'set_aside_';
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Renames every read model's tables (with their indexes) aside and makes empty ones at position 0 for `generation`,
 * inside the caller's transaction: dropping the old ones there would free every page of the old models while the
 * write lock is held (seconds on a large file). They are left to dropSetAside after the commit, one per
 * transaction. Readers see the old tables under their names until the commit.
 */
export function setAsideAndRecreateTables(db: SqlConnection, generation: number): void {
  const existing = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  for (const table of SCHEMAS.flatMap(tablesOf)) {
    if (existing.has(table)) db.exec(`ALTER TABLE ${quoted(table)} RENAME TO ${quoted(`${SET_ASIDE}${generation}_${table}`)}`);
  }
  createTables(db, generation);
}

/** Tables a committed rebuild set aside and nobody dropped yet (also those of a process that stopped before it could). */
export function setAsideTables(db: SqlConnection): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ? ORDER BY name").pluck().all(`${SET_ASIDE}*`) as string[];
}

/** Drops one table setAsideAndRecreateTables renamed; the caller runs it in a transaction of its own. */
export function dropSetAside(db: SqlConnection, table: string): void {
  if (!table.startsWith(SET_ASIDE)) throw new Error(`${table} is not a set-aside read-model table`);
  db.exec(`DROP TABLE IF EXISTS ${quoted(table)}`);
}

function createTables(db: SqlConnection, generation: number): void {
  for (const { create } of SCHEMAS) db.exec(create.replaceAll('$generation', String(generation)));
  db.prepare('DELETE FROM projections').run();
  const insert = db.prepare('INSERT INTO projections (name, schema_version, position) VALUES (?, ?, 0)');
  for (const { name, version } of SCHEMAS) insert.run(name, version);
}

/** The read models' checkpoint: the least position any projection has reached. */
export const CHECKPOINT_SQL = 'SELECT COALESCE(MIN(position), 0) FROM projections';
/** Parameter: the position every read model has reached. */
export const SET_POSITION_SQL = 'UPDATE projections SET position = ?';
export const metaValueSql = (key: string) => `SELECT value FROM meta WHERE key = '${key}'`;
/** Parameters: key, value. */
export const SET_META_SQL = 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
/** The meta key counting rebuilds: readers drop what they keep of a file when it changes. */
export const GENERATION = 'generation';

export function storedCheckpoint(db: SqlConnection): number {
  return (db.prepare(CHECKPOINT_SQL).pluck().get() as number) ?? 0;
}

export function storedGeneration(db: SqlConnection): number {
  const value = db.prepare(metaValueSql(GENERATION)).pluck().get() as string | undefined;
  return value === undefined ? 0 : Number(value);
}
