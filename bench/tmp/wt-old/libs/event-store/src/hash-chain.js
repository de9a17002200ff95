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
    get ChainVerifier () {
        return ChainVerifier;
    },
    get canonicalJson () {
        return canonicalJson;
    },
    get eventHash () {
        return eventHash;
    },
    get eventHashFromCanonicalParts () {
        return eventHashFromCanonicalParts;
    },
    get sha256Hex () {
        return sha256Hex;
    },
    get verifyChain () {
        return verifyChain;
    }
});
const _jsoncanonicalize = require("json-canonicalize");
const _nodecrypto = require("node:crypto");
const LONE_SURROGATE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i;
function canonicalJson(value) {
    if (value === undefined) throw new TypeError('canonicalJson: undefined has no JSON representation');
    const text = (0, _jsoncanonicalize.canonicalize)(value);
    if (LONE_SURROGATE_ESCAPE.test(text)) throw new TypeError('canonicalJson: lone surrogate in string');
    return text;
}
function sha256Hex(text) {
    return (0, _nodecrypto.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function eventHash(e) {
    return sha256Hex(canonicalJson({
        prevHash: e.prevHash,
        streamId: e.streamId,
        streamRevision: e.streamRevision,
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: e.metadata
    }));
}
function eventHashFromCanonicalParts(e, canonicalData, canonicalMetadata) {
    return sha256Hex(`{"data":${canonicalData},"eventId":${canonicalJson(e.eventId)},"metadata":${canonicalMetadata},` + `"prevHash":${e.prevHash === null ? 'null' : canonicalJson(e.prevHash)},` + `"schemaVersion":${canonicalJson(e.schemaVersion)},"streamId":${canonicalJson(e.streamId)},` + `"streamRevision":${canonicalJson(e.streamRevision)},"type":${canonicalJson(e.type)}}`);
}
let ChainVerifier = class ChainVerifier {
    check(event) {
        if (!(event.globalPosition > this.lastPosition)) {
            return {
                reason: 'position-not-increasing',
                expected: this.lastPosition,
                actual: event.globalPosition
            };
        }
        this.lastPosition = event.globalPosition;
        const head = this.heads.get(event.streamId);
        const expectedRevision = head ? head.revision + 1 : 0;
        if (event.streamRevision !== expectedRevision) return {
            reason: 'revision-gap',
            expected: expectedRevision,
            actual: event.streamRevision
        };
        const expectedPrev = head ? head.hash : null;
        if (event.prevHash !== expectedPrev) return {
            reason: 'prev-hash-mismatch',
            expected: expectedPrev,
            actual: event.prevHash
        };
        let recomputed;
        try {
            recomputed = eventHash(event);
        } catch  {
            return {
                reason: 'not-canonicalizable'
            };
        }
        if (recomputed !== event.hash) return {
            reason: 'hash-mismatch',
            expected: recomputed,
            actual: event.hash
        };
        this.heads.set(event.streamId, {
            revision: event.streamRevision,
            hash: event.hash
        });
        return undefined;
    }
    get streams() {
        return this.heads.size;
    }
    constructor(){
        this.heads = new Map();
        this.lastPosition = -Infinity;
    }
};
function verifyChain(events) {
    const verifier = new ChainVerifier();
    let index = 0;
    for (const event of events){
        const broken = verifier.check(event);
        if (broken) return {
            ok: false,
            index,
            event,
            ...broken
        };
        index++;
    }
    return {
        ok: true,
        eventsChecked: index,
        streams: verifier.streams
    };
}

//# sourceMappingURL=hash-chain.js.map