"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SqliteEventStore", {
    enumerable: true,
    get: function() {
        return SqliteEventStore;
    }
});
const _bettersqlite3 = /*#__PURE__*/ _interop_require_default(require("better-sqlite3"));
const _nodefs = /*#__PURE__*/ _interop_require_wildcard(require("node:fs"));
const _nodepath = /*#__PURE__*/ _interop_require_wildcard(require("node:path"));
const _eventstoreport = require("../event-store.port");
const _hashchain = require("../hash-chain");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function _getRequireWildcardCache(nodeInterop) {
    if (typeof WeakMap !== "function") return null;
    var cacheBabelInterop = new WeakMap();
    var cacheNodeInterop = new WeakMap();
    return (_getRequireWildcardCache = function(nodeInterop) {
        return nodeInterop ? cacheNodeInterop : cacheBabelInterop;
    })(nodeInterop);
}
function _interop_require_wildcard(obj, nodeInterop) {
    if (!nodeInterop && obj && obj.__esModule) return obj;
    if (obj === null || typeof obj !== "object" && typeof obj !== "function") return {
        default: obj
    };
    var cache = _getRequireWildcardCache(nodeInterop);
    if (cache && cache.has(obj)) return cache.get(obj);
    var newObj = {
        __proto__: null
    };
    var hasPropertyDescriptor = Object.defineProperty && Object.getOwnPropertyDescriptor;
    for(var key in obj){
        if (key !== "default" && Object.prototype.hasOwnProperty.call(obj, key)) {
            var desc = hasPropertyDescriptor ? Object.getOwnPropertyDescriptor(obj, key) : null;
            if (desc && (desc.get || desc.set)) Object.defineProperty(newObj, key, desc);
            else newObj[key] = obj[key];
        }
    }
    newObj.default = obj;
    if (cache) cache.set(obj, newObj);
    return newObj;
}
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  global_position INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id       TEXT    NOT NULL,
  stream_revision INTEGER NOT NULL,
  event_id        TEXT    NOT NULL UNIQUE,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  data            TEXT    NOT NULL,
  metadata        TEXT    NOT NULL,
  prev_hash       TEXT,
  hash            TEXT    NOT NULL,
  UNIQUE (stream_id, stream_revision)
);
`;
const COLUMNS = 'global_position, stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash';
/** SQLite errors after which nothing was written and the store cannot take writes now. */ const UNAVAILABLE_CODES = [
    'SQLITE_BUSY',
    'SQLITE_LOCKED',
    'SQLITE_FULL',
    'SQLITE_IOERR',
    'SQLITE_CORRUPT',
    'SQLITE_NOTADB',
    'SQLITE_READONLY',
    'SQLITE_CANTOPEN',
    'SQLITE_PROTOCOL',
    'SQLITE_NOMEM',
    'SQLITE_PERM'
];
function isUnavailable(e) {
    const code = e?.code;
    return typeof code === 'string' && UNAVAILABLE_CODES.some((c)=>code === c || code.startsWith(`${c}_`));
}
function toEvent(r) {
    let data;
    let metadata;
    try {
        data = JSON.parse(r[6]);
        metadata = JSON.parse(r[7]);
    } catch (e) {
        throw new _eventstoreport.UnreadableEvent(r[0], r[1], r[2], e);
    }
    return {
        globalPosition: r[0],
        streamId: r[1],
        streamRevision: r[2],
        eventId: r[3],
        type: r[4],
        schemaVersion: r[5],
        data,
        metadata,
        prevHash: r[8],
        hash: r[9]
    };
}
let SqliteEventStore = class SqliteEventStore {
    constructor(db, options){
        this.db = db;
        this.options = options;
        this.subscriptions = new Set();
        this.closed = false;
        this.pending = [];
        this.flushScheduled = false;
        this.stmts = this.prepare();
        // Nested in groupTx, each append runs in a savepoint: a refused one is rolled back alone.
        const appendInSavepoint = this.db.transaction((streamId, batch, expected)=>this.appendInTransaction(streamId, batch, expected));
        this.groupTx = this.db.transaction((group)=>group.map(({ streamId, prepared, expected })=>{
                try {
                    return {
                        result: appendInSavepoint(streamId, prepared, expected)
                    };
                } catch (error) {
                    if (isUnavailable(error)) throw error; // the connection itself failed: nothing of the group is written
                    return {
                        error
                    };
                }
            })).immediate;
    }
    static open(file, options = {}) {
        const opts = {
            busyTimeoutMs: options.busyTimeoutMs ?? 5000,
            pollIntervalMs: options.pollIntervalMs ?? 100,
            subscriptionBatchSize: options.subscriptionBatchSize ?? 1000
        };
        let db;
        try {
            if (file !== ':memory:' && !file.startsWith('file:')) _nodefs.mkdirSync(_nodepath.dirname(_nodepath.resolve(file)), {
                recursive: true
            });
            db = new _bettersqlite3.default(file, {
                timeout: opts.busyTimeoutMs
            });
            db.pragma(`busy_timeout = ${Math.floor(opts.busyTimeoutMs)}`);
            db.pragma('journal_mode = WAL');
            db.pragma('synchronous = FULL');
            db.transaction(()=>db.exec(SCHEMA)).immediate();
            return new SqliteEventStore(db, opts);
        } catch (e) {
            db?.close();
            // SQLite errors, and file-system errors (EACCES, EROFS, ENOSPC, …) while creating the data directory.
            const code = e?.code;
            if (isUnavailable(e) || typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
                throw new _eventstoreport.StoreUnavailable(`cannot open event store ${file}: ${e.message}`, e);
            }
            throw e;
        }
    }
    prepare() {
        const db = this.db;
        return {
            head: db.prepare('SELECT stream_revision, hash FROM events WHERE stream_id = ? ORDER BY stream_revision DESC LIMIT 1').raw(),
            eventIdExists: db.prepare('SELECT 1 FROM events WHERE event_id = ?').pluck(),
            insert: db.prepare('INSERT INTO events (stream_id, stream_revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
            readStream: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision`).raw(),
            readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`).raw(),
            headPosition: db.prepare('SELECT COALESCE(MAX(global_position), 0) FROM events').pluck()
        };
    }
    async append(streamId, events, expected) {
        if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
            throw new RangeError(`expected revision must be a non-negative integer, 'no-stream' or 'any'; got ${expected}`);
        }
        if (this.closed) throw new _eventstoreport.StoreUnavailable('event store is closed');
        // Canonicalise before taking the write lock: invalid data fails fast and the lock is held only for SQL work.
        const prepared = events.map((e)=>({
                event: e,
                data: (0, _hashchain.canonicalJson)(e.data),
                metadata: (0, _hashchain.canonicalJson)(e.metadata)
            }));
        return new Promise((resolve, reject)=>{
            this.pending.push({
                streamId,
                prepared,
                expected,
                resolve,
                reject
            });
            if (!this.flushScheduled) {
                this.flushScheduled = true;
                setImmediate(()=>this.flushPending());
            }
        });
    }
    /** Commits every append queued since the last flush in one durable transaction, each with its own outcome. */ flushPending() {
        this.flushScheduled = false;
        const group = this.pending;
        this.pending = [];
        if (group.length === 0) return;
        let outcomes;
        try {
            outcomes = this.guard(()=>this.groupTx(group));
        } catch (error) {
            for (const append of group)append.reject(error);
            return;
        }
        group.forEach((append, i)=>{
            const outcome = outcomes[i];
            if ('error' in outcome) append.reject(outcome.error);
            else append.resolve(outcome.result);
        });
        for (const s of this.subscriptions)s.wake();
    }
    appendInTransaction(streamId, prepared, expected) {
        // Duplicate ids first: a replayed command (same Idempotency-Key → same ids) reports DuplicateEventId even when
        // the stream has moved on since.
        const seen = new Set();
        for (const { event } of prepared){
            if (seen.has(event.eventId) || this.stmts.eventIdExists.get(event.eventId) !== undefined) throw new _eventstoreport.DuplicateEventId(event.eventId);
            seen.add(event.eventId);
        }
        const head = this.stmts.head.get(streamId);
        const actual = head ? head[0] : null;
        if (expected === 'no-stream' ? actual !== null : expected !== 'any' && actual !== expected) {
            throw new _eventstoreport.WrongExpectedRevision(streamId, expected, actual);
        }
        let revision = actual ?? -1;
        let prevHash = head ? head[1] : null;
        let position = 0;
        const stored = [];
        for (const { event, data, metadata } of prepared){
            revision++;
            const hash = (0, _hashchain.eventHashFromCanonicalParts)({
                prevHash,
                streamId,
                streamRevision: revision,
                eventId: event.eventId,
                type: event.type,
                schemaVersion: event.schemaVersion
            }, data, metadata);
            try {
                position = Number(this.stmts.insert.run(streamId, revision, event.eventId, event.type, event.schemaVersion, data, metadata, prevHash, hash).lastInsertRowid);
            } catch (e) {
                const code = e.code;
                if (code === 'SQLITE_CONSTRAINT_UNIQUE' && /event_id/.test(e.message)) throw new _eventstoreport.DuplicateEventId(event.eventId);
                if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new _eventstoreport.WrongExpectedRevision(streamId, expected, actual);
                throw e;
            }
            stored.push({
                globalPosition: position,
                streamId,
                streamRevision: revision,
                eventId: event.eventId,
                type: event.type,
                schemaVersion: event.schemaVersion,
                data: event.data,
                metadata: event.metadata,
                prevHash,
                hash
            });
            prevHash = hash;
        }
        return {
            streamId,
            revision,
            position: stored.length ? position : this.streamHeadPosition(streamId),
            events: stored
        };
    }
    streamHeadPosition(streamId) {
        const r = this.db.prepare('SELECT COALESCE(MAX(global_position), 0) FROM events WHERE stream_id = ?').pluck().get(streamId);
        return r;
    }
    async readStream(streamId, fromRevision = 0) {
        return this.guard(()=>this.stmts.readStream.all(streamId, fromRevision).map(toEvent));
    }
    async readAll(afterPosition, limit) {
        return this.readAllSync(afterPosition, limit);
    }
    readAllSync(afterPosition, limit) {
        if (limit <= 0) return [];
        return this.guard(()=>{
            const rows = this.stmts.readAll.all(afterPosition, limit);
            const out = new Array(rows.length);
            for(let i = 0; i < rows.length; i++)out[i] = toEvent(rows[i]);
            return out;
        });
    }
    async headPosition() {
        return this.guard(()=>this.stmts.headPosition.get());
    }
    /**
   * Delivers every event after `afterPosition` in global order, serially, then new ones: immediately when this
   * instance appends, within `pollIntervalMs` when another connection or process does. If the handler throws, the
   * subscription stops and the error goes to `options.onError` (default console.error).
   */ subscribe(afterPosition, onEvent, options = {}) {
        if (this.closed) throw new _eventstoreport.StoreUnavailable('event store is closed');
        let position = afterPosition;
        let stopped = false;
        let inHandler = false;
        let wakeUp = null;
        let timer = null;
        let pendingWake = false;
        const sleep = ()=>new Promise((resolve)=>{
                if (pendingWake || stopped) {
                    pendingWake = false;
                    return resolve();
                }
                wakeUp = resolve;
                timer = setTimeout(resolve, this.options.pollIntervalMs);
            }).then(()=>{
                if (timer) clearTimeout(timer);
                timer = null;
                wakeUp = null;
            });
        const loop = async ()=>{
            while(!stopped){
                pendingWake = false;
                let batch;
                try {
                    batch = this.readAllSync(position, this.options.subscriptionBatchSize);
                } catch  {
                    batch = []; // store busy or closing: try again at the next poll
                }
                for (const event of batch){
                    if (stopped) return;
                    inHandler = true;
                    try {
                        await onEvent(event);
                    } catch (error) {
                        stopped = true;
                        this.subscriptions.delete(sub);
                        (options.onError ?? ((err, ev)=>console.error(`event store subscription stopped at ${ev.globalPosition}`, err)))(error, event);
                        return;
                    } finally{
                        inHandler = false;
                    }
                    position = event.globalPosition;
                }
                if (batch.length < this.options.subscriptionBatchSize) await sleep();
                else await new Promise((r)=>setImmediate(r)); // let other work run between catch-up batches
            }
        };
        const sub = {
            wake: ()=>{
                pendingWake = true;
                wakeUp?.();
            },
            close: async ()=>{
                stopped = true;
                this.subscriptions.delete(sub);
                wakeUp?.();
                // Closing from inside the handler must not wait for the handler itself.
                if (!inHandler) await done;
            }
        };
        this.subscriptions.add(sub);
        const done = loop();
        return {
            close: ()=>sub.close()
        };
    }
    /** Online backup to `destinationFile` (a consistent snapshot, taken while the store keeps serving). */ async backup(destinationFile) {
        _nodefs.mkdirSync(_nodepath.dirname(_nodepath.resolve(destinationFile)), {
            recursive: true
        });
        try {
            await this.db.backup(destinationFile);
        } catch (e) {
            if (isUnavailable(e)) throw new _eventstoreport.StoreUnavailable(`backup to ${destinationFile} failed: ${e.message}`, e);
            throw e;
        }
    }
    async close() {
        if (this.closed) return;
        this.flushPending();
        this.closed = true;
        await Promise.all([
            ...this.subscriptions
        ].map((s)=>s.close()));
        this.db.close();
    }
    guard(fn) {
        if (this.closed) throw new _eventstoreport.StoreUnavailable('event store is closed');
        try {
            return fn();
        } catch (e) {
            if (isUnavailable(e)) throw new _eventstoreport.StoreUnavailable(`event store unavailable: ${e.message}`, e);
            throw e;
        }
    }
};

//# sourceMappingURL=sqlite-event-store.js.map