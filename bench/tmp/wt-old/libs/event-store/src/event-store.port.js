/**
 * The one port every store adapter implements. Revisions are 0-based per stream; global positions are
 * 1-based and strictly increasing across the whole log, so `afterPosition = 0` means "from the start".
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
    get DuplicateEventId () {
        return DuplicateEventId;
    },
    get EVENT_STORE () {
        return EVENT_STORE;
    },
    get StoreUnavailable () {
        return StoreUnavailable;
    },
    get UnreadableEvent () {
        return UnreadableEvent;
    },
    get WrongExpectedRevision () {
        return WrongExpectedRevision;
    }
});
const EVENT_STORE = Symbol('EventStore');
let WrongExpectedRevision = class WrongExpectedRevision extends Error {
    constructor(streamId, expected, actual){
        super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual ?? 'no stream'}`), this.streamId = streamId, this.expected = expected, this.actual = actual;
        this.name = 'WrongExpectedRevision';
    }
};
let DuplicateEventId = class DuplicateEventId extends Error {
    constructor(eventId){
        super(`event ${eventId} is already stored`), this.eventId = eventId;
        this.name = 'DuplicateEventId';
    }
};
let StoreUnavailable = class StoreUnavailable extends Error {
    constructor(message, cause){
        super(message), this.cause = cause;
        this.name = 'StoreUnavailable';
    }
};
let UnreadableEvent = class UnreadableEvent extends Error {
    constructor(globalPosition, streamId, streamRevision, cause){
        super(`event at position ${globalPosition} (${streamId}@${streamRevision}) cannot be read: ${cause?.message ?? cause}`), this.globalPosition = globalPosition, this.streamId = streamId, this.streamRevision = streamRevision, this.cause = cause;
        this.name = 'UnreadableEvent';
    }
};

//# sourceMappingURL=event-store.port.js.map