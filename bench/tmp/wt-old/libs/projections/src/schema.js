"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get CHECKPOINT_SQL () {
        return CHECKPOINT_SQL;
    },
    get GENERATION () {
        return GENERATION;
    },
    get OBLIGATIONS_CHANGED_AT () {
        return OBLIGATIONS_CHANGED_AT;
    },
    get PROJECTION_VERSIONS () {
        return PROJECTION_VERSIONS;
    },
    get SET_META_SQL () {
        return SET_META_SQL;
    },
    get dropSetAside () {
        return dropSetAside;
    },
    get ensureBookkeeping () {
        return ensureBookkeeping;
    },
    get metaValueSql () {
        return metaValueSql;
    },
    get recreateTables () {
        return recreateTables;
    },
    get schemaIsCurrent () {
        return schemaIsCurrent;
    },
    get setAsideAndRecreateTables () {
        return setAsideAndRecreateTables;
    },
    get setAsideTables () {
        return setAsideTables;
    },
    get storedCheckpoint () {
        return storedCheckpoint;
    },
    get storedGeneration () {
        return storedGeneration;
    }
});
const PROJECTION_VERSIONS = {
    parties: 1,
    agreements: 1,
    obligations: 4,
    deadlines: 1
};
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
 */ const TABLES = {
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
        drop: 'DROP TABLE IF EXISTS parties; DROP TABLE IF EXISTS party_populations;'
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
CREATE TABLE agreement_parties (
  agreement_id TEXT NOT NULL,
  party_id     TEXT NOT NULL,
  PRIMARY KEY (agreement_id, party_id)
);
CREATE INDEX agreement_parties_by_party_g$generation ON agreement_parties (party_id);
CREATE INDEX agreements_by_predecessor_g$generation ON agreements (predecessor_id);`,
        drop: 'DROP TABLE IF EXISTS agreements; DROP TABLE IF EXISTS agreement_parties;'
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
-- read from the table only when its answer is not cached (ReadModelQueries).
CREATE INDEX obligations_by_party_covering_g$generation ON obligations
  (party_id, agreement_id, version, obligation_id, valid_from, id, valid_to, recorded_from_position, recorded_to_position);`,
        drop: 'DROP TABLE IF EXISTS obligations; DROP TABLE IF EXISTS obligation_terms;'
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
        drop: 'DROP TABLE IF EXISTS deadlines;'
    }
};
const NAMES = Object.keys(PROJECTION_VERSIONS);
function ensureBookkeeping(db) {
    db.exec(BOOKKEEPING);
}
function schemaIsCurrent(db) {
    const stored = new Map(db.prepare('SELECT name, schema_version FROM projections').raw().all().map(([n, v])=>[
            n,
            v
        ]));
    return NAMES.every((name)=>stored.get(name) === PROJECTION_VERSIONS[name]);
}
function recreateTables(db) {
    for (const name of NAMES)db.exec(TABLES[name].drop);
    createTables(db, storedGeneration(db));
}
const SET_ASIDE = 'set_aside_';
const quoted = (name)=>`"${name.replace(/"/g, '""')}"`;
const tableNamesOf = (name)=>[
        ...TABLES[name].create.matchAll(/CREATE TABLE (\w+)/g)
    ].map((match)=>match[1]);
function setAsideAndRecreateTables(db, generation) {
    const existing = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    for (const name of NAMES){
        for (const table of tableNamesOf(name)){
            if (existing.has(table)) db.exec(`ALTER TABLE ${quoted(table)} RENAME TO ${quoted(`${SET_ASIDE}${generation}_${table}`)}`);
        }
    }
    createTables(db, generation);
}
function setAsideTables(db) {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ? ORDER BY name").pluck().all(`${SET_ASIDE}*`);
}
function dropSetAside(db, table) {
    if (!table.startsWith(SET_ASIDE)) throw new Error(`${table} is not a set-aside read-model table`);
    db.exec(`DROP TABLE IF EXISTS ${quoted(table)}`);
}
function createTables(db, generation) {
    for (const name of NAMES)db.exec(TABLES[name].create.replaceAll('$generation', String(generation)));
    db.prepare('DELETE FROM meta WHERE key = ?').run(OBLIGATIONS_CHANGED_AT);
    db.prepare('DELETE FROM projections').run();
    const insert = db.prepare('INSERT INTO projections (name, schema_version, position) VALUES (?, ?, 0)');
    for (const name of NAMES)insert.run(name, PROJECTION_VERSIONS[name]);
}
const CHECKPOINT_SQL = 'SELECT COALESCE(MIN(position), 0) FROM projections';
const metaValueSql = (key)=>`SELECT value FROM meta WHERE key = '${key}'`;
const SET_META_SQL = 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
const GENERATION = 'generation';
function storedCheckpoint(db) {
    return db.prepare(CHECKPOINT_SQL).pluck().get() ?? 0;
}
const OBLIGATIONS_CHANGED_AT = 'obligations-changed-at';
function storedGeneration(db) {
    const value = db.prepare(metaValueSql(GENERATION)).pluck().get();
    return value === undefined ? 0 : Number(value);
}

//# sourceMappingURL=schema.js.map