"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "envelopeOf", {
    enumerable: true,
    get: function() {
        return envelopeOf;
    }
});
function envelopeOf(e) {
    return {
        globalPosition: e.globalPosition,
        streamId: e.streamId,
        streamRevision: e.streamRevision,
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: e.metadata,
        prevHash: e.prevHash,
        hash: e.hash
    };
}

//# sourceMappingURL=envelope.js.map