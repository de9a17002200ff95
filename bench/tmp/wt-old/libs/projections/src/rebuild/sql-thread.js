"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SqlThread", {
    enumerable: true,
    get: function() {
        return SqlThread;
    }
});
const _nodeworker_threads = require("node:worker_threads");
const _nodepath = require("node:path");
const PREPARE = 0;
const RUN = 1;
/** Writes queued before they are posted to the thread in one message. */ const OPS_PER_MESSAGE = 20_000;
/** Messages posted and not yet applied before the caller waits: bounds the memory a slower thread can make it hold. */ const MESSAGES_IN_FLIGHT = 8;
const CONSUMED = 0;
const REPLIED = 1;
let SqlThread = class SqlThread {
    constructor(file, pragmas){
        this.signal = new Int32Array(new SharedArrayBuffer(8));
        this.statementIds = new Map();
        this.ops = [];
        this.posted = 0;
        this.closed = false;
        const { port1, port2 } = new _nodeworker_threads.MessageChannel();
        this.replies = port1;
        this.worker = new _nodeworker_threads.Worker((0, _nodepath.join)(__dirname, 'sql-thread.worker.js'), {
            workerData: {
                file,
                pragmas,
                signal: this.signal.buffer,
                replies: port2
            },
            transferList: [
                port2
            ]
        });
        this.worker.unref();
    }
    prepare(sql) {
        let id = this.statementIds.get(sql);
        if (id === undefined) {
            id = this.statementIds.size;
            this.statementIds.set(sql, id);
            this.ops.push(PREPARE, id, sql);
        }
        return new ThreadStatement(this, id);
    }
    exec(sql) {
        this.request({
            kind: 'exec',
            sql
        });
        return this;
    }
    pragma(sql) {
        return this.request({
            kind: 'pragma',
            sql
        });
    }
    /** Rolls back the thread's open transaction, if any, and forgets a failed write. */ rollback() {
        this.ops = [];
        this.request({
            kind: 'rollback'
        });
    }
    close() {
        if (this.closed) return;
        this.ops = [];
        this.request({
            kind: 'close'
        });
        this.closed = true;
        this.replies.close();
    }
    /** @internal */ queueRun(id, params) {
        this.ops.push(RUN, id, params);
        if (this.ops.length >= OPS_PER_MESSAGE) this.post();
    }
    /** @internal */ request(request) {
        if (this.closed) throw new Error('the SQL thread is closed');
        this.post();
        Atomics.store(this.signal, REPLIED, 0);
        this.worker.postMessage(request);
        let reply;
        while(!(reply = (0, _nodeworker_threads.receiveMessageOnPort)(this.replies)))Atomics.wait(this.signal, REPLIED, 0, 1000);
        const { value, error } = reply.message;
        if (error) throw Object.assign(new Error(error.message), {
            code: error.code
        });
        return value;
    }
    post() {
        if (this.ops.length === 0) return;
        for(let consumed; this.posted - (consumed = Atomics.load(this.signal, CONSUMED)) >= MESSAGES_IN_FLIGHT;){
            Atomics.wait(this.signal, CONSUMED, consumed, 1000);
        }
        this.worker.postMessage({
            ops: this.ops
        });
        this.posted++;
        this.ops = [];
    }
};
let ThreadStatement = class ThreadStatement {
    constructor(thread, id){
        this.thread = thread;
        this.id = id;
        this.mode = {
            raw: false,
            pluck: false
        };
    }
    run(...params) {
        this.thread.queueRun(this.id, params);
    }
    get(...params) {
        return this.thread.request({
            kind: 'query',
            id: this.id,
            params,
            ...this.mode,
            all: false
        });
    }
    all(...params) {
        return this.thread.request({
            kind: 'query',
            id: this.id,
            params,
            ...this.mode,
            all: true
        });
    }
    raw() {
        this.mode = {
            raw: true,
            pluck: false
        };
        return this;
    }
    pluck() {
        this.mode = {
            raw: false,
            pluck: true
        };
        return this;
    }
};

//# sourceMappingURL=sql-thread.js.map