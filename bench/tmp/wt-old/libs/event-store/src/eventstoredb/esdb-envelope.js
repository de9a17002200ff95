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
    get CLAIMED () {
        return CLAIMED;
    },
    get EVENT_ID_CLAIM_PREFIX () {
        return EVENT_ID_CLAIM_PREFIX;
    },
    get RELEASED () {
        return RELEASED;
    },
    get claimStreamOf () {
        return claimStreamOf;
    },
    get fromRecord () {
        return fromRecord;
    },
    get isPactaRecord () {
        return isPactaRecord;
    },
    get toGlobalPosition () {
        return toGlobalPosition;
    },
    get toLogPosition () {
        return toLogPosition;
    },
    get toRecordToAppend () {
        return toRecordToAppend;
    },
    get toRevision () {
        return toRevision;
    }
});
function toRecordToAppend(event) {
    const metadata = {
        $correlationId: event.metadata.correlationId,
        $causationId: event.metadata.causationId,
        pacta: {
            schemaVersion: event.schemaVersion,
            prevHash: event.prevHash,
            hash: event.hash,
            metadata: event.metadata
        }
    };
    return {
        eventId: event.eventId,
        type: event.type,
        data: event.data,
        metadata: metadata
    };
}
function isPactaRecord(record) {
    const pacta = record.metadata?.pacta;
    return record.isJson && typeof pacta === 'object' && pacta !== null && typeof pacta.hash === 'string' && typeof pacta.schemaVersion === 'number' && typeof pacta.metadata === 'object';
}
function fromRecord(record) {
    if (!isPactaRecord(record)) {
        throw new Error(`event ${record.eventId} in ${record.streamId} was not written by Pacta (no envelope in its metadata)`);
    }
    if (!record.position) {
        throw new Error('EventStoreDB returned an event without its log position: Pacta needs EventStoreDB 22.6 or newer');
    }
    const { pacta } = record.metadata;
    return {
        globalPosition: toGlobalPosition(record.position),
        streamId: record.streamId,
        streamRevision: toRevision(record.revision),
        eventId: record.eventId,
        type: record.type,
        schemaVersion: pacta.schemaVersion,
        data: record.data,
        metadata: pacta.metadata,
        prevHash: pacta.prevHash,
        hash: pacta.hash
    };
}
function toGlobalPosition(position) {
    if (position.commit > BigInt(Number.MAX_SAFE_INTEGER) || position.commit < 1n) {
        throw new RangeError(`log position ${position.commit} cannot be a Pacta global position`);
    }
    return Number(position.commit);
}
function toLogPosition(globalPosition) {
    if (!Number.isSafeInteger(globalPosition) || globalPosition < 1) {
        throw new RangeError(`global position must be a positive integer, got ${globalPosition}`);
    }
    const p = BigInt(globalPosition);
    return {
        commit: p,
        prepare: p
    };
}
function toRevision(revision) {
    if (revision > BigInt(Number.MAX_SAFE_INTEGER) || revision < 0n) throw new RangeError(`stream revision ${revision} out of range`);
    return Number(revision);
}
const EVENT_ID_CLAIM_PREFIX = 'pacta-event-id-';
const CLAIMED = 'PactaEventIdClaimed';
const RELEASED = 'PactaEventIdReleased';
const claimStreamOf = (eventId)=>`${EVENT_ID_CLAIM_PREFIX}${eventId}`;

//# sourceMappingURL=esdb-envelope.js.map