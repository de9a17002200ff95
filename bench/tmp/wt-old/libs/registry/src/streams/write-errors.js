/** Errors of the write path that are not business rules: the HTTP layer maps them by `status`. */ "use strict";
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
    get ContendedStream () {
        return ContendedStream;
    },
    get IdempotencyKeyReused () {
        return IdempotencyKeyReused;
    },
    get StaleRevision () {
        return StaleRevision;
    },
    get WriteError () {
        return WriteError;
    }
});
let WriteError = class WriteError extends Error {
};
let StaleRevision = class StaleRevision extends WriteError {
    constructor(streamId, expected, actual){
        super(`${streamId} is at revision ${actual}, not ${expected}`), this.streamId = streamId, this.expected = expected, this.actual = actual, this.status = 412, this.code = 'stale-revision', this.field = 'If-Match';
    }
};
let IdempotencyKeyReused = class IdempotencyKeyReused extends WriteError {
    constructor(){
        super('this Idempotency-Key was already used for a different request'), this.status = 422, this.code = 'idempotency-key-reused', this.field = 'Idempotency-Key';
    }
};
let ContendedStream = class ContendedStream extends WriteError {
    constructor(streamId, attempts){
        super(`${streamId} changed under ${attempts} attempts in a row; try again`), this.streamId = streamId, this.status = 409, this.code = 'contended-stream';
    }
};

//# sourceMappingURL=write-errors.js.map