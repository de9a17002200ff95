import type { SqlConnection } from './sql-connection';

/**
 * Bump a projection's version whenever its tables or what it derives change: on the next start the runner
 * finds the stored version differs and rebuilds the read models from position 0.
 */
export const PROJECTION_VERSIONS = {
  parties: 1,
  agreements: 2,
  obligations: 4,
  deadlines: 1,
} as const;

export type ProjectionName = keyof typeof PROJECTION_VERSIONS;

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS projections (
  name           TEXT PRIMARY KEY,
  schema_version INTEGER NOT NULL,
  position       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/**
 * Each table with its indexes. A rebuild keeps them as it loads: its writes run on a thread of their own
 * (SqlThread) that has time to spare while this one folds, where building them after the load would keep both waiting.
 * Index names carry the generation ($generation) that made them: the set-aside tables keep theirs until they are dropped.
 */
const TABLES: Record<ProjectionName, { create: string; drop: string }> = {
  parties: {
    create: `
CREATE TABLE parties (
  party_id          TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  type              TEXT NOT NULL,
  business_id       TEXT,
  municipality_code TEXT,
  member_ids        TEXT NOT NULL,
  revision          INTEGER NOT NULL,
  position          INTEGER NOT NULL
);
CREATE TABLE party_populations (
  party_id   TEXT NOT NULL,
  year       INTEGER NOT NULL,
  population INTEGER NOT NULL,
  source     TEXT NOT NULL,
  PRIMARY KEY (party_id, year)
);`,
    drop: 'DROP TABLE IF EXISTS parties; DROP TABLE IF EXISTS party_populations;',
  },
  agreements: {
    create: `
CREATE TABLE agreements (
  agreement_id   TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  predecessor_id TEXT,
  state          TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  position       INTEGER NOT NULL
);
-- Each version's terms, written once (a new draft writes a row, a decision none): the state holds them as null.
CREATE TABLE agreement_terms (
  agreement_id TEXT NOT NULL,
  version      INTEGER NOT NULL,
  terms        TEXT NOT NULL,
  PRIMARY KEY (agreement_id, version)
);
CREATE TABLE agreement_parties (
  agreement_id TEXT NOT NULL,
  party_id     TEXT NOT NULL,
  PRIMARY KEY (agreement_id, party_id)
);
CREATE INDEX agreement_parties_by_party_g$generation ON agreement_parties (party_id);
CREATE INDEX agreements_by_predecessor_g$generation ON agreements (predecessor_id);`,
    drop: 'DROP TABLE IF EXISTS agreements; DROP TABLE IF EXISTS agreement_terms; DROP TABLE IF EXISTS agreement_parties;',
  },
  obligations: {
    // One row per obliged party and stretch of valid time; what the terms say (description, beneficiary, clause,
    // cost share) is stored once per agreement version and obligation in obligation_terms.
    create: `
CREATE TABLE obligations (
  id                     INTEGER PRIMARY KEY,
  agreement_id           TEXT NOT NULL,
  kind                   TEXT NOT NULL,
  version                INTEGER NOT NULL,
  obligation_id          TEXT NOT NULL,
  type                   TEXT NOT NULL,
  party_id               TEXT NOT NULL,
  party_type             TEXT NOT NULL,
  role                   TEXT NOT NULL,
  valid_from             TEXT NOT NULL,
  valid_to               TEXT,
  recorded_from_position INTEGER NOT NULL,
  recorded_from_at       TEXT NOT NULL,
  recorded_to_position   INTEGER,
  recorded_to_at         TEXT
);
CREATE TABLE obligation_terms (
  agreement_id  TEXT NOT NULL,
  version       INTEGER NOT NULL,
  obligation_id TEXT NOT NULL,
  terms         TEXT NOT NULL,
  PRIMARY KEY (agreement_id, version, obligation_id)
);
-- The projector reads an agreement's open rows through it when it takes the agreement back from the tables.
CREATE INDEX obligations_open_by_agreement_g$generation ON obligations (agreement_id) WHERE recorded_to_position IS NULL;
-- A party's page is found in this index alone, in listing order with valid and recorded time in it; a row is
-- read from the table only when its answer is not cached (ObligationQueries).
CREATE INDEX obligations_by_party_covering_g$generation ON obligations
  (party_id, agreement_id, version, obligation_id, valid_from, id, valid_to, recorded_from_position, recorded_to_position);`,
    drop: 'DROP TABLE IF EXISTS obligations; DROP TABLE IF EXISTS obligation_terms;',
  },
  deadlines: {
    create: `
CREATE TABLE deadlines (
  agreement_id TEXT NOT NULL,
  date         TEXT NOT NULL,
  type         TEXT NOT NULL,
  party_id     TEXT,
  deadline     TEXT NOT NULL
);
CREATE INDEX deadlines_by_agreement_g$generation ON deadlines (agreement_id);
CREATE INDEX deadlines_by_date_g$generation ON deadlines (date);`,
    drop: 'DROP TABLE IF EXISTS deadlines;',
  },
};

const NAMES = Object.keys(PROJECTION_VERSIONS) as ProjectionName[];

export function ensureBookkeeping(db: SqlConnection): void {
  db.exec(BOOKKEEPING);
}

/** True when every projection's tables exist at the version this code writes. */
export function schemaIsCurrent(db: SqlConnection): boolean {
  const stored = new Map(
    (db.prepare('SELECT name, schema_version FROM projections').raw().all() as [string, number][]).map(([n, v]) => [n, v]),
  );
  return NAMES.every((name) => stored.get(name) === PROJECTION_VERSIONS[name]);
}

/** Drops and recreates every read model at position 0. */
export function recreateTables(db: SqlConnection): void {
  for (const name of NAMES) db.exec(TABLES[name].drop);
  createTables(db, storedGeneration(db));
}

const SET_ASIDE = 'set_aside_';
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const tableNamesOf = (name: ProjectionName) => [...TABLES[name].create.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]);

/**
 * Renames every read model's tables (with their indexes) aside and makes empty ones at position 0 for `generation`,
 * inside the caller's transaction: dropping the old ones there would free every page of the old models while the
 * write lock is held (seconds on a large file). They are left to dropSetAside after the commit, one per
 * transaction. Readers see the old tables under their names until the commit.
 */
export function setAsideAndRecreateTables(db: SqlConnection, generation: number): void {
  const existing = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  for (const name of NAMES) {
    for (const table of tableNamesOf(name)) {
      if (existing.has(table)) db.exec(`ALTER TABLE ${quoted(table)} RENAME TO ${quoted(`${SET_ASIDE}${generation}_${table}`)}`);
    }
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
  for (const name of NAMES) db.exec(TABLES[name].create.replaceAll('$generation', String(generation)));
  db.prepare('DELETE FROM meta WHERE key = ?').run(OBLIGATIONS_CHANGED_AT);
  db.prepare('DELETE FROM projections').run();
  const insert = db.prepare('INSERT INTO projections (name, schema_version, position) VALUES (?, ?, 0)');
  for (const name of NAMES) insert.run(name, PROJECTION_VERSIONS[name]);
}

/** The read models' checkpoint: the least position any projection has reached. */
export const CHECKPOINT_SQL = 'SELECT COALESCE(MIN(position), 0) FROM projections';
export const metaValueSql = (key: string) => `SELECT value FROM meta WHERE key = '${key}'`;
/** Parameters: key, value. */
export const SET_META_SQL = 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
/** The meta key counting rebuilds: readers drop what they keep of a file when it changes. */
export const GENERATION = 'generation';

export function storedCheckpoint(db: SqlConnection): number {
  return (db.prepare(CHECKPOINT_SQL).pluck().get() as number) ?? 0;
}

/**
 * The meta key holding the position of the last event that inserted or closed an obligation row: obligations known at
 * any later position (up to the checkpoint) are those known at it, so an answer made for it can be given again.
 */
export const OBLIGATIONS_CHANGED_AT = 'obligations-changed-at';

export function storedGeneration(db: SqlConnection): number {
  const value = db.prepare(metaValueSql(GENERATION)).pluck().get() as string | undefined;
  return value === undefined ? 0 : Number(value);
}
