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
    get ProjectionRunner () {
        return ProjectionRunner;
    },
    get openReadModelsDb () {
        return openReadModelsDb;
    }
});
const _bettersqlite3 = /*#__PURE__*/ _interop_require_default(require("better-sqlite3"));
const _nodefs = /*#__PURE__*/ _interop_require_wildcard(require("node:fs"));
const _nodepath = /*#__PURE__*/ _interop_require_wildcard(require("node:path"));
const _registryprojector = require("./registry-projector");
const _schema = require("./schema");
const _spilledagreements = require("./rebuild/spilled-agreements");
const _sqlthread = require("./rebuild/sql-thread");
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
const SET_POSITION_SQL = 'UPDATE projections SET position = ?';
const isBusy = (error)=>/^SQLITE_(BUSY|LOCKED)/.test(String(error?.code ?? ''));
const pause = (ms)=>new Promise((resolve)=>setTimeout(resolve, ms));
const yieldToTimers = ()=>new Promise((resolve)=>setImmediate(resolve));
const hasProjections = (db)=>db.prepare('SELECT COUNT(*) FROM projections').pluck().get() !== 0;
const READ_MODELS_PRAGMAS = [
    'journal_mode = WAL',
    // Read models can always be rebuilt from the log, so a lost last transaction after a power cut costs nothing.
    'synchronous = NORMAL',
    // A rebuild is one transaction: pages it changes stay in memory instead of spilling to the WAL again and again.
    'cache_size = -131072',
    // Following rewrites the same agreement and index pages over and over: a checkpoint every ~40 MB of WAL instead of
    // every 4 MB copies each of them once instead of ten times, and syncs the file a tenth as often.
    'wal_autocheckpoint = 10000'
];
function openReadModelsDb(file) {
    if (file !== ':memory:') _nodefs.mkdirSync(_nodepath.dirname(_nodepath.resolve(file)), {
        recursive: true
    });
    const db = new _bettersqlite3.default(file, {
        timeout: 5000
    });
    for (const pragma of READ_MODELS_PRAGMAS)db.pragma(pragma);
    return db;
}
let ProjectionRunner = class ProjectionRunner {
    constructor(store, options){
        this.store = store;
        this.options = options;
        this.checkpoint = 0;
        this.generation = 0;
        this.waiters = new Set();
        /** Events the subscription delivered that are not applied yet: every event after the subscription's start, in order. */ this.followed = [];
        this.drainSoon = false;
        this.stopped = false;
        this.busy = Promise.resolve();
        this.batchSize = options.batchSize ?? 5000;
        this.retryMs = options.retryMs ?? 100;
        this.followDelayMs = options.followDelayMs ?? 2;
        this.cachedAgreements = options.cachedAgreements ?? _registryprojector.DEFAULT_CACHED_AGREEMENTS;
        this.db = openReadModelsDb(options.file);
        (0, _schema.ensureBookkeeping)(this.db);
        this.sql = {
            setPosition: this.db.prepare(SET_POSITION_SQL),
            checkpoint: this.db.prepare(_schema.CHECKPOINT_SQL).pluck(),
            generation: this.db.prepare((0, _schema.metaValueSql)(_schema.GENERATION)).pluck()
        };
        this.needsRebuild = !(0, _schema.schemaIsCurrent)(this.db);
        if (this.needsRebuild && !hasProjections(this.db)) {
            this.db.transaction(()=>(0, _schema.recreateTables)(this.db)).immediate();
            this.needsRebuild = false;
        }
    }
    get file() {
        return this.options.file;
    }
    /** Catches up from the checkpoint (rebuilding first if a projection's schema version changed), then follows. */ async start() {
        if (this.subscription) return;
        this.stopped = false;
        await this.exclusively(async ()=>{
            if (!this.needsRebuild) this.reload();
            // Until the rebuild commits, readers keep the read models of the previous schema. Read models at position 0
            // on a log that has events (a new file, a restored log) are the same work as a rebuild, done faster that way.
            if (this.needsRebuild || this.checkpoint === 0 && await this.store.headPosition() > 0) {
                await this.rebuildInTransaction();
                // The rebuild left every page in the WAL: read through it, each lookup searches the WAL's index first.
                this.db.pragma('wal_checkpoint(PASSIVE)');
            }
            this.needsRebuild = false;
            await this.catchUp();
        });
        this.follow();
        void this.dropSetAsideTables();
    }
    position() {
        return this.checkpoint;
    }
    /** Resolves true once the read models include `position`, false if `timeoutMs` passes first. */ waitFor(position, timeoutMs) {
        if (this.checkpoint >= position) return Promise.resolve(true);
        if (this.stopped) return Promise.resolve(false);
        if (this.followed.length && this.followed[this.followed.length - 1].globalPosition >= position) this.scheduleDrain(true);
        return new Promise((resolve)=>{
            const waiter = {
                position,
                resolve: (reached)=>{
                    clearTimeout(waiter.timer);
                    this.waiters.delete(waiter);
                    resolve(reached);
                },
                timer: setTimeout(()=>waiter.resolve(this.checkpoint >= position), timeoutMs)
            };
            this.waiters.add(waiter);
        });
    }
    /**
   * Projects the whole log again from position 0 into new tables, then resumes following. It resolves when the new
   * read models are committed; the old tables, set aside by then, are dropped afterwards (dropSetAsideTables).
   */ async rebuild(onProgress) {
        const wasFollowing = this.subscription !== undefined;
        await this.unfollow();
        try {
            await this.exclusively(()=>this.rebuildInTransaction(onProgress));
        } finally{
            if (wasFollowing && !this.stopped) this.follow();
        }
        void this.dropSetAsideTables();
    }
    /**
   * Drops the tables a committed rebuild set aside (this runner's, another process's, or one that stopped before it
   * could), each in a transaction of its own queued with the followed batches, so the write lock is never held for
   * all of them at once. Resolves when none is left or the runner stopped; a stopped runner's start goes on with it.
   */ dropSetAsideTables() {
        this.droppingSetAside ??= (async ()=>{
            // Not before whoever awaited the rebuild has resumed: the new read models are committed already.
            await yieldToTimers();
            for(;;){
                let dropped = false;
                await this.exclusively(async ()=>{
                    if (this.stopped || !this.db.open) return;
                    const [table] = (0, _schema.setAsideTables)(this.db);
                    if (table === undefined) return;
                    await this.retryingWhileBusy(()=>this.db.transaction(()=>(0, _schema.dropSetAside)(this.db, table)).immediate());
                    dropped = true;
                });
                if (!dropped) return;
                await yieldToTimers();
            }
        })().finally(()=>{
            this.droppingSetAside = undefined;
        });
        return this.droppingSetAside;
    }
    /** Stops following and closes the file; the checkpoint is already committed with the last batch. */ async stop() {
        if (this.stopped && !this.db.open) return;
        this.stopped = true;
        await this.unfollow();
        await this.busy.catch(()=>undefined);
        for (const waiter of [
            ...this.waiters
        ])waiter.resolve(this.checkpoint >= waiter.position);
        if (this.db.open) this.db.close();
    }
    follow() {
        if (this.stopped) return;
        this.followed = [];
        this.subscription = this.store.subscribe(this.checkpoint, (event)=>this.onFollowed(event));
    }
    async unfollow() {
        const subscription = this.subscription;
        this.subscription = undefined;
        await subscription?.close();
        this.cancelDrain();
        await this.draining;
        this.followed = [];
    }
    /**
   * Followed events wait (followDelayMs, or until a batch is full) so that those arriving close together are
   * applied in one transaction; the subscription is held back only while a full batch waits.
   */ async onFollowed(event) {
        if (this.stopped) return;
        this.followed.push(event);
        const waiting = this.waiters.size > 0 && [
            ...this.waiters
        ].some((waiter)=>waiter.position <= event.globalPosition);
        if (this.followed.length >= this.batchSize) await this.drain();
        else this.scheduleDrain(waiting);
    }
    scheduleDrain(soon) {
        if (this.draining) {
            this.drainSoon ||= soon;
            return;
        }
        if (this.drainImmediate || this.drainTimer && !soon) return;
        this.cancelDrain();
        const run = ()=>void this.drain();
        if (soon) this.drainImmediate = setImmediate(run);
        else this.drainTimer = setTimeout(run, this.followDelayMs);
    }
    cancelDrain() {
        clearTimeout(this.drainTimer);
        clearImmediate(this.drainImmediate);
        this.drainTimer = undefined;
        this.drainImmediate = undefined;
    }
    /** Applies every followed event after the checkpoint in one transaction, retrying while the file is busy. */ drain() {
        if (this.draining) return this.draining;
        this.cancelDrain();
        this.draining = (async ()=>{
            for(;;){
                if (this.stopped || !this.db.open) return;
                const events = this.followed;
                if (events.length === 0) return;
                try {
                    await this.exclusively(async ()=>{
                        if (this.stopped || !this.db.open) return;
                        this.applyBatch(events);
                    });
                    // Events delivered while this batch was applied stay for the next round.
                    this.followed = this.followed.slice(events.length);
                } catch (error) {
                    if (this.stopped) return;
                    if (!isBusy(error)) this.options.log?.(`read models stopped at ${this.checkpoint}, retrying: ${error.message}`);
                    await pause(isBusy(error) ? this.retryMs : 1000);
                }
            }
        })().finally(()=>{
            this.draining = undefined;
            if (this.followed.length) this.scheduleDrain(this.drainSoon);
            this.drainSoon = false;
        });
        return this.draining;
    }
    async catchUp(onProgress, total) {
        for(;;){
            const events = await this.store.readAll(this.checkpoint, this.batchSize);
            if (events.length === 0) return;
            await this.retryingWhileBusy(()=>this.applyBatch(events));
            onProgress?.(this.checkpoint, Math.max(total ?? 0, this.checkpoint));
        }
    }
    applyBatch(events) {
        if (events.length === 0) return;
        try {
            this.db.transaction(()=>{
                // Another runner on the same file (a rebuild, or a second instance) moved it on: continue from there.
                if (this.storedGeneration() !== this.generation || this.sql.checkpoint.get() !== this.checkpoint) this.reload();
                let last = this.checkpoint;
                for (const event of events){
                    if (event.globalPosition <= last) continue;
                    this.projector.apply(event);
                    last = event.globalPosition;
                }
                this.projector.flush();
                if (last > this.checkpoint) this.sql.setPosition.run(last);
                this.checkpoint = last;
            }).immediate();
        } catch (error) {
            // Memory may hold what the rolled-back transaction did: take it back from the file.
            this.reload();
            throw error;
        }
        this.notifyWaiters();
    }
    /**
   * The rebuild writes through a connection on a worker thread (SqlThread) while this thread reads, folds and
   * derives the rows: the writing is about half of the work. This thread's own connection only keeps the agreements
   * the rebuild lets go of (SpilledAgreements), in a temporary table that takes no lock on the file.
   */ async rebuildInTransaction(onProgress) {
        const total = await this.store.headPosition();
        // The whole rebuild is one commit; copying it from the WAL into the file is left to the next checkpoint.
        const writer = new _sqlthread.SqlThread(this.options.file, [
            ...READ_MODELS_PRAGMAS,
            'wal_autocheckpoint = 0'
        ]);
        const spill = new _spilledagreements.SpilledAgreements(this.db);
        try {
            await this.retryingWhileBusy(()=>writer.exec('BEGIN IMMEDIATE'));
            const generation = (0, _schema.storedGeneration)(writer) + 1;
            (0, _schema.setAsideAndRecreateTables)(writer, generation);
            writer.prepare(_schema.SET_META_SQL).run(_schema.GENERATION, String(generation));
            const projector = new _registryprojector.RegistryProjector(writer, this.cachedAgreements, spill);
            let position = 0;
            onProgress?.(0, total);
            for(;;){
                const events = await this.store.readAll(position, this.batchSize);
                if (events.length === 0) break;
                // One transaction: agreement rows and deadlines are written once, at the end, not once per batch.
                for (const event of events)projector.apply(event);
                position = events[events.length - 1].globalPosition;
                if (onProgress) {
                    onProgress(position, Math.max(total, position));
                    await yieldToTimers();
                }
            }
            projector.flush();
            writer.prepare(SET_POSITION_SQL).run(position);
            writer.exec('COMMIT');
        } catch (error) {
            writer.rollback();
            throw error;
        } finally{
            writer.close();
            spill.clear();
            this.reload();
        }
        this.notifyWaiters();
    }
    reload() {
        // Nothing is parsed here: agreement states are read from the tables when an event needs them.
        this.projector = new _registryprojector.RegistryProjector(this.db, this.cachedAgreements);
        this.checkpoint = (0, _schema.storedCheckpoint)(this.db);
        const generation = this.storedGeneration();
        // Another process rebuilt the file and may have stopped before it dropped what it set aside.
        if (generation !== this.generation) queueMicrotask(()=>void this.dropSetAsideTables());
        this.generation = generation;
    }
    storedGeneration() {
        const value = this.sql.generation.get();
        return value === undefined ? 0 : Number(value);
    }
    notifyWaiters() {
        for (const waiter of [
            ...this.waiters
        ])if (this.checkpoint >= waiter.position) waiter.resolve(true);
    }
    async retryingWhileBusy(work) {
        for(;;){
            try {
                return work();
            } catch (error) {
                if (!isBusy(error) || this.stopped) throw error;
                await pause(this.retryMs);
            }
        }
    }
    /** Catch-up, following and rebuild never interleave on the one connection. */ exclusively(work) {
        const next = this.busy.then(work, work);
        this.busy = next.catch(()=>undefined);
        return next;
    }
};

//# sourceMappingURL=projection-runner.js.map