/**
 * The only file that knows the EventStoreDB client package. Moving to the vendor's successor (@kurrent/kurrentdb-client:
 * `kurrentdb://` scheme, `expectedRevision` renamed `streamState`) changes this file and nothing else.
 */ "use strict";
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
    get EsdbClient () {
        return EsdbClient;
    },
    get isUnavailable () {
        return isUnavailable;
    },
    get toClientExpectedRevision () {
        return toClientExpectedRevision;
    },
    get toPortError () {
        return toPortError;
    }
});
const _dbclient = require("@eventstore/db-client");
const _eventstoreport = require("../event-store.port");
function toClientExpectedRevision(expected) {
    if (expected === 'no-stream') return _dbclient.NO_STREAM;
    if (expected === 'any') return _dbclient.ANY;
    return BigInt(expected);
}
function toPortError(error, streamId, expected) {
    if (error instanceof _dbclient.WrongExpectedVersionError) {
        const actual = error.actualVersion;
        return new _eventstoreport.WrongExpectedRevision(streamId, expected, typeof actual === 'bigint' ? Number(actual) : null);
    }
    if (isUnavailable(error)) {
        return new _eventstoreport.StoreUnavailable(`EventStoreDB unavailable: ${error.message}`, error);
    }
    return error;
}
function isUnavailable(error) {
    return error instanceof _dbclient.UnavailableError || error instanceof _dbclient.DeadlineExceededError || error instanceof _dbclient.NotLeaderError || error instanceof _dbclient.CancelledError;
}
function toRecord(resolved) {
    const e = resolved.event;
    if (!e) return undefined;
    return {
        streamId: e.streamId,
        eventId: e.id,
        revision: e.revision,
        type: e.type,
        isJson: e.isJson,
        data: e.data,
        metadata: e.metadata,
        position: e.position
    };
}
async function collect(read) {
    const out = [];
    for await (const resolved of read){
        const r = toRecord(resolved);
        if (r) out.push(r);
    }
    return out;
}
let EsdbClient = class EsdbClient {
    constructor(client){
        this.client = client;
    }
    /** e.g. `esdb://localhost:2113?tls=false`, or `esdb://n1:2113,n2:2113,n3:2113?nodePreference=leader`. */ static connect(connectionString) {
        return new EsdbClient(_dbclient.EventStoreDBClient.connectionString(connectionString));
    }
    /** Appends JSON events; a wrong expected revision throws the port's WrongExpectedRevision. */ async append(streamId, records, expected) {
        try {
            const result = await this.client.appendToStream(streamId, records.map((r)=>(0, _dbclient.jsonEvent)({
                    id: r.eventId,
                    type: r.type,
                    data: r.data,
                    metadata: r.metadata
                })), {
                expectedRevision: toClientExpectedRevision(expected)
            });
            return {
                nextRevision: result.nextExpectedRevision
            };
        } catch (error) {
            throw toPortError(error, streamId, expected);
        }
    }
    /** Events of a stream from `fromRevision`, forwards; [] when the stream does not exist. */ async readStream(streamId, fromRevision, maxCount) {
        return this.readStreamIn(streamId, {
            direction: _dbclient.FORWARDS,
            fromRevision,
            ...maxCount ? {
                maxCount
            } : {}
        });
    }
    /** The last `maxCount` events of a stream, newest first; [] when the stream does not exist. */ async readStreamBackwards(streamId, maxCount) {
        return this.readStreamIn(streamId, {
            direction: _dbclient.BACKWARDS,
            fromRevision: _dbclient.END,
            maxCount
        });
    }
    async readStreamIn(streamId, options) {
        try {
            return await collect(this.client.readStream(streamId, options));
        } catch (error) {
            if (error instanceof _dbclient.StreamNotFoundError) return [];
            throw toPortError(error, streamId, 'any');
        }
    }
    /** Records of $all (system ones included) from `from`, inclusive, forwards. */ async readAll(from, maxCount) {
        try {
            return await collect(this.client.readAll({
                direction: _dbclient.FORWARDS,
                fromPosition: from === 'start' ? _dbclient.START : from,
                maxCount
            }));
        } catch (error) {
            throw toPortError(error, '$all', 'any');
        }
    }
    /** Records of $all (system ones included), newest first, from the end or from `before`. */ async readAllBackwards(maxCount, before = 'end') {
        try {
            return await collect(this.client.readAll({
                direction: _dbclient.BACKWARDS,
                fromPosition: before === 'end' ? _dbclient.END : before,
                maxCount
            }));
        } catch (error) {
            throw toPortError(error, '$all', 'any');
        }
    }
    /** Catch-up subscription to $all without system events, strictly after `after` (or from the start). */ subscribeToAll(after) {
        const subscription = this.client.subscribeToAll({
            fromPosition: after === 'start' ? _dbclient.START : after,
            filter: (0, _dbclient.excludeSystemEvents)()
        });
        async function* records() {
            try {
                for await (const resolved of subscription){
                    const r = toRecord(resolved);
                    if (r) yield r;
                }
            } catch (error) {
                throw toPortError(error, '$all', 'any');
            }
        }
        return {
            records: records(),
            stop: ()=>subscription.unsubscribe()
        };
    }
    async close() {
        await this.client.dispose();
    }
};

//# sourceMappingURL=esdb-client.js.map