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
    get commandPath () {
        return commandPath;
    },
    get rawSqliteInserts () {
        return rawSqliteInserts;
    }
});
const _eventstore = require("../../../../work/main/libs/event-store/src");
const _bettersqlite3 = /*#__PURE__*/ _interop_require_default(require("better-sqlite3"));
const _nodepath = require("node:path");
const _registry = require("../harness/registry");
const _registry1 = require("../../../../work/main/libs/registry/src");
const _timing = require("../harness/timing");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
async function commandPath(steps, dir, readPasses) {
    const store = _eventstore.SqliteEventStore.open((0, _nodepath.join)(dir, 'events.db'));
    const registry = await (0, _registry.openRegistry)(store, (0, _nodepath.join)(dir, 'read-models.db'));
    try {
        const started = process.hrtime.bigint();
        for (const step of steps)await registry.run(step);
        const took = (0, _timing.seconds)(started);
        const agreementIds = [
            ...new Set(steps.flatMap((s)=>s.kind === 'agreement' ? [
                    s.request.agreementId
                ] : []))
        ];
        const repository = registry.app.get(_registry1.AgreementRepository);
        const readStarted = process.hrtime.bigint();
        for(let pass = 0; pass < readPasses; pass++)for (const id of agreementIds)await repository.load(id);
        const readTook = (0, _timing.seconds)(readStarted);
        return {
            commands: steps.length,
            seconds: took,
            commandsPerSec: steps.length / took,
            agreementIds,
            readStreamsPerSec: agreementIds.length * readPasses / readTook
        };
    } finally{
        await registry.close();
        await store.close();
    }
}
function rawSqliteInserts(sourceFile, targetFile) {
    const source = new _bettersqlite3.default(sourceFile, {
        readonly: true
    });
    const rows = source.prepare('SELECT stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash FROM events ORDER BY global_position').raw().all();
    source.close();
    const db = new _bettersqlite3.default(targetFile);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS events (
    global_position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, stream_revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL,
    metadata TEXT NOT NULL, prev_hash TEXT, hash TEXT NOT NULL, UNIQUE (stream_id, stream_revision))`);
    const insert = db.prepare('INSERT INTO events (stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const one = db.transaction((row)=>insert.run(...row)).immediate;
    const started = process.hrtime.bigint();
    for (const row of rows)one(row);
    const took = (0, _timing.seconds)(started);
    db.close();
    return {
        rows: rows.length,
        seconds: took,
        rowsPerSec: rows.length / took
    };
}

//# sourceMappingURL=append.js.map