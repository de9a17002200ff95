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
    get eventIdsFor () {
        return eventIdsFor;
    },
    get newEventId () {
        return newEventId;
    }
});
const _nodecrypto = require("node:crypto");
const _uuid = require("uuid");
function eventIdsFor(idempotencyScope, count) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`eventIdsFor: count must be a non-negative integer, got ${count}`);
    const ids = [];
    for(let i = 0; i < count; i++){
        const b = (0, _nodecrypto.createHash)('sha256').update(`pacta-event-id\0${idempotencyScope}\0${i}`, 'utf8').digest();
        b[6] = b[6] & 0x0f | 0x50;
        b[8] = b[8] & 0x3f | 0x80;
        const h = b.toString('hex', 0, 16);
        ids.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`);
    }
    return ids;
}
function newEventId() {
    return (0, _uuid.v7)();
}

//# sourceMappingURL=event-ids.js.map