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
    get LogAuditor () {
        return LogAuditor;
    },
    get headsDigest () {
        return headsDigest;
    },
    get verifyEvents () {
        return verifyEvents;
    },
    get verifyLog () {
        return verifyLog;
    }
});
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _logpages = require("./log-pages");
function headsDigest(heads) {
    const sorted = [
        ...heads
    ].map(({ streamId, revision, hash })=>({
            streamId,
            revision,
            hash
        })).sort((a, b)=>a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0);
    return (0, _eventstore.sha256Hex)((0, _eventstore.canonicalJson)(sorted));
}
function describe(reason, expected, actual) {
    switch(reason){
        case 'hash-mismatch':
            return `stored hash ${String(actual)} is not the recomputed ${String(expected)}: the event was altered`;
        case 'prev-hash-mismatch':
            return `prevHash ${String(actual)} is not the previous event's hash ${String(expected)}`;
        case 'revision-gap':
            return `expected revision ${String(expected)}, found ${String(actual)}: an event is missing or out of order`;
        case 'position-not-increasing':
            return `global position ${String(actual)} does not follow ${String(expected)}`;
        case 'not-canonicalizable':
            return 'the event has no RFC 8785 canonical form';
    }
}
let LogAuditor = class LogAuditor {
    constructor(options = {}){
        this.options = options;
        this.chain = new _eventstore.ChainVerifier();
        this.heads = new Map();
        this.brokenStreams = new Map();
        this.broken = [];
        this.events = 0;
        this.position = 0;
    }
    add(item) {
        const at = this.options.expectedHeads?.position;
        if (at !== undefined && !this.headsAt && item.globalPosition > at) this.headsAt = {
            position: at,
            digest: this.digest()
        };
        this.events++;
        this.position = Math.max(this.position, item.globalPosition);
        this.heads.set(item.streamId, {
            revision: item.streamRevision,
            hash: item instanceof _eventstore.UnreadableEvent ? '' : item.hash
        });
        if (item instanceof _eventstore.UnreadableEvent) {
            this.markBroken(item, 'unreadable', item.message);
            return;
        }
        const already = this.brokenStreams.get(item.streamId);
        const result = this.chain.check(item);
        if (already) {
            if (already.missingRevision === item.streamRevision) {
                already.entry.reason = 'out-of-order';
                already.entry.detail = `revision ${item.streamRevision} comes after revision ${already.entry.streamRevision} in the log: events were reordered`;
                already.missingRevision = undefined;
            }
            return;
        }
        if (result) {
            const stream = this.markBroken(item, result.reason, describe(result.reason, result.expected, result.actual));
            if (result.reason === 'revision-gap' && typeof result.expected === 'number') stream.missingRevision = result.expected;
        }
    }
    markBroken(item, reason, detail) {
        const existing = this.brokenStreams.get(item.streamId);
        if (existing) return existing;
        const entry = {
            streamId: item.streamId,
            streamRevision: item.streamRevision,
            globalPosition: item.globalPosition,
            reason,
            detail
        };
        const stream = {
            entry
        };
        this.brokenStreams.set(item.streamId, stream);
        this.broken.push(entry);
        return stream;
    }
    digest() {
        return headsDigest([
            ...this.heads
        ].map(([streamId, head])=>({
                streamId,
                ...head
            })));
    }
    result() {
        const heads = this.digest();
        const expected = this.options.expectedHeads;
        let headsCheck;
        if (expected) {
            const taken = this.headsAt ?? {
                position: expected.position ?? this.position,
                digest: heads
            };
            headsCheck = {
                position: taken.position,
                expected: expected.digest,
                actual: taken.digest,
                match: taken.digest === expected.digest
            };
        }
        return {
            ok: this.broken.length === 0 && (headsCheck?.match ?? true),
            streams: this.heads.size,
            events: this.events,
            position: this.position,
            heads,
            broken: this.broken.map((b)=>({
                    ...b
                })),
            ...headsCheck ? {
                headsCheck
            } : {}
        };
    }
};
async function verifyLog(store, options = {}) {
    const auditor = new LogAuditor(options);
    let events = 0;
    for await (const page of (0, _logpages.auditPages)(store, {
        pageSize: options.pageSize
    })){
        for (const item of page)auditor.add(item);
        events += page.length;
        options.onProgress?.(events, page[page.length - 1].globalPosition);
        // Reads of an embedded store are synchronous: let the service answer other requests between pages.
        await new Promise((resolve)=>setImmediate(resolve));
    }
    return auditor.result();
}
async function verifyEvents(events, options = {}) {
    const auditor = new LogAuditor(options);
    for await (const event of events)auditor.add(event);
    return auditor.result();
}

//# sourceMappingURL=verify-log.js.map