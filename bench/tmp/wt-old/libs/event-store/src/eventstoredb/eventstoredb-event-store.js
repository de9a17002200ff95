"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "EventStoreDbEventStore", {
    enumerable: true,
    get: function() {
        return EventStoreDbEventStore;
    }
});
const _nodecrypto = require("node:crypto");
const _eventstoreport = require("../event-store.port");
const _hashchain = require("../hash-chain");
const _esdbclient = require("./esdb-client");
const _esdbenvelope = require("./esdb-envelope");
const sleep = (ms)=>new Promise((r)=>setTimeout(r, ms));
/** Records that belong to the Pacta log: not the server's own, not an event-id claim, and carrying an envelope. */ function isLogEvent(r) {
    return !r.streamId.startsWith('$') && !r.type.startsWith('$') && !r.streamId.startsWith(_esdbenvelope.EVENT_ID_CLAIM_PREFIX) && (0, _esdbenvelope.isPactaRecord)(r);
}
let EventStoreDbEventStore = class EventStoreDbEventStore {
    constructor(client, options){
        this.client = client;
        this.subscriptions = new Set();
        this.closed = false;
        this.options = {
            claimLeaseMs: options.claimLeaseMs ?? 10_000,
            maxAnyAttempts: options.maxAnyAttempts ?? 20,
            pageSize: Math.max(2, options.pageSize ?? 512),
            reconnectDelayMs: options.reconnectDelayMs ?? 200
        };
    }
    /** Connects lazily: the first call reaches the server (StoreUnavailable while it cannot). */ static connect(connectionString, options = {}) {
        return new EventStoreDbEventStore(_esdbclient.EsdbClient.connect(connectionString), options);
    }
    async append(streamId, events, expected) {
        this.assertOpen();
        if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
            throw new RangeError(`expected revision must be a non-negative integer, 'no-stream' or 'any'; got ${expected}`);
        }
        const prepared = events.map((event)=>({
                event,
                data: (0, _hashchain.canonicalJson)(event.data),
                metadata: (0, _hashchain.canonicalJson)(event.metadata)
            }));
        const seen = new Set();
        for (const { event } of prepared){
            if (seen.has(event.eventId)) throw new _eventstoreport.DuplicateEventId(event.eventId);
            seen.add(event.eventId);
        }
        for(let attempt = 1;; attempt++){
            const head = await this.lastEvent(streamId);
            const actual = head ? head.streamRevision : null;
            if (expected === 'no-stream' ? actual !== null : expected !== 'any' && actual !== expected) {
                // A replay reports DuplicateEventId even when the stream has moved on since (as in every adapter).
                await this.refuseKnownIds([
                    ...seen
                ]);
                throw new _eventstoreport.WrongExpectedRevision(streamId, expected, actual);
            }
            if (prepared.length === 0) {
                return {
                    streamId,
                    revision: actual ?? -1,
                    position: head?.globalPosition ?? 0,
                    events: []
                };
            }
            const first = (actual ?? -1) + 1;
            const claims = await this.claimAll(prepared.map((p, i)=>({
                    eventId: p.event.eventId,
                    streamId,
                    revision: first + i
                })));
            let prevHash = head ? head.hash : null;
            const chained = prepared.map(({ event, data, metadata }, i)=>{
                const streamRevision = first + i;
                const hash = (0, _hashchain.eventHashFromCanonicalParts)({
                    prevHash,
                    streamId,
                    streamRevision,
                    eventId: event.eventId,
                    type: event.type,
                    schemaVersion: event.schemaVersion
                }, data, metadata);
                const e = {
                    streamId,
                    streamRevision,
                    eventId: event.eventId,
                    type: event.type,
                    schemaVersion: event.schemaVersion,
                    data: JSON.parse(data),
                    metadata: JSON.parse(metadata),
                    prevHash,
                    hash
                };
                prevHash = hash;
                return e;
            });
            try {
                await this.client.append(streamId, chained.map(_esdbenvelope.toRecordToAppend), actual === null ? 'no-stream' : actual);
            } catch (error) {
                if (!(error instanceof _eventstoreport.WrongExpectedRevision)) throw error; // outcome unknown: claims stay until checked
                await this.release(claims);
                if (expected !== 'any') throw new _eventstoreport.WrongExpectedRevision(streamId, expected, error.actual);
                if (attempt >= this.options.maxAnyAttempts) {
                    throw new _eventstoreport.StoreUnavailable(`stream ${streamId}: ${attempt} appends in a row lost the race for its head`);
                }
                continue;
            }
            const written = (await this.client.readStream(streamId, BigInt(first), chained.length)).map(_esdbenvelope.fromRecord);
            if (written.length !== chained.length || written.some((e, i)=>e.eventId !== chained[i].eventId)) {
                throw new Error(`stream ${streamId}: the events read back at revision ${first} are not the ones just appended`);
            }
            return {
                streamId,
                revision: first + chained.length - 1,
                position: written[written.length - 1].globalPosition,
                events: written
            };
        }
    }
    async readStream(streamId, fromRevision = 0) {
        this.assertOpen();
        return (await this.client.readStream(streamId, BigInt(fromRevision))).map(_esdbenvelope.fromRecord);
    }
    /**
   * Reads $all from the event at `afterPosition` (inclusive on the server, so that one is skipped). A number that is
   * not an event's position (typed by hand, say) may not be a readable place in the server's log: the server refuses
   * it, and the read starts from the beginning instead, skipping up to the number.
   */ async readAll(afterPosition, limit) {
        this.assertOpen();
        if (limit <= 0) return [];
        const after = BigInt(Math.max(0, Math.floor(afterPosition)));
        const out = [];
        let from = after === 0n ? 'start' : (0, _esdbenvelope.toLogPosition)(Number(after));
        let floor = after;
        for(;;){
            let page;
            try {
                page = await this.client.readAll(from, this.options.pageSize);
            } catch (error) {
                if (error instanceof _eventstoreport.StoreUnavailable || from === 'start') throw error;
                from = 'start';
                continue;
            }
            for (const r of page){
                if (!r.position || r.position.commit <= floor) continue;
                floor = r.position.commit;
                if (!isLogEvent(r)) continue;
                out.push((0, _esdbenvelope.fromRecord)(r));
                if (out.length === limit) return out;
            }
            if (page.length < this.options.pageSize) return out;
            from = page[page.length - 1].position;
        }
    }
    async headPosition() {
        this.assertOpen();
        let before = 'end';
        for(;;){
            const page = await this.client.readAllBackwards(this.options.pageSize, before);
            for (const r of page){
                if (before !== 'end' && r.position && r.position.commit >= before.commit) continue;
                if (isLogEvent(r)) return (0, _esdbenvelope.toGlobalPosition)(r.position);
            }
            if (page.length < this.options.pageSize) return 0;
            before = page[page.length - 1].position;
        }
    }
    /**
   * Delivers every event after `afterPosition` in order, serially, then new ones as any instance appends them: a
   * catch-up subscription to $all without system events. A dropped connection is resubscribed from the last delivered
   * event; if the handler throws, the subscription stops and the error goes to `options.onError`.
   */ subscribe(afterPosition, onEvent, options = {}) {
        this.assertOpen();
        let position = afterPosition;
        let stopped = false;
        let inHandler = false;
        let live = null;
        let wakeUp = null;
        const report = options.onError ?? ((err, ev)=>console.error(`event store subscription stopped at ${ev.globalPosition}`, err));
        /** Hands one event to the handler; false when the subscription must stop. */ const deliver = async (event)=>{
            if (stopped || event.globalPosition <= position) return !stopped;
            inHandler = true;
            try {
                await onEvent(event);
            } catch (error) {
                stopped = true;
                this.subscriptions.delete(sub);
                report(error, event);
                return false;
            } finally{
                inHandler = false;
            }
            position = event.globalPosition;
            return true;
        };
        const loop = async ()=>{
            let delay = this.options.reconnectDelayMs;
            while(!stopped){
                try {
                    // Subscribe only from the position of an event that exists: the checkpoint may be any number.
                    let from = 'start';
                    if (position > 0) {
                        const head = await this.headPosition();
                        const [next] = await this.readAll(position, 1);
                        if (next) {
                            if (!await deliver(next)) return;
                            from = (0, _esdbenvelope.toLogPosition)(position);
                        } else if (head > 0) {
                            from = (0, _esdbenvelope.toLogPosition)(head);
                        }
                    }
                    if (stopped) return;
                    live = this.client.subscribeToAll(from);
                    for await (const r of live.records){
                        if (stopped) return;
                        if (!isLogEvent(r)) continue;
                        if (!await deliver((0, _esdbenvelope.fromRecord)(r))) return;
                        delay = this.options.reconnectDelayMs;
                    }
                } catch (error) {
                    if (stopped) return;
                    if (!(error instanceof _eventstoreport.StoreUnavailable)) console.error('event store subscription dropped; resubscribing', error);
                } finally{
                    await live?.stop().catch(()=>undefined);
                    live = null;
                }
                if (stopped) return;
                await new Promise((resolve)=>{
                    wakeUp = resolve;
                    setTimeout(resolve, delay);
                });
                wakeUp = null;
                delay = Math.min(delay * 2, 5000);
            }
        };
        const sub = {
            close: async ()=>{
                stopped = true;
                this.subscriptions.delete(sub);
                wakeUp?.();
                await live?.stop().catch(()=>undefined);
                if (!inHandler) await done;
            }
        };
        this.subscriptions.add(sub);
        const done = loop();
        return {
            close: ()=>sub.close()
        };
    }
    async close() {
        if (this.closed) return;
        this.closed = true;
        await Promise.all([
            ...this.subscriptions
        ].map((s)=>s.close()));
        await this.client.close();
    }
    assertOpen() {
        if (this.closed) throw new _eventstoreport.StoreUnavailable('event store is closed');
    }
    async lastEvent(streamId) {
        const [last] = await this.client.readStreamBackwards(streamId, 1);
        return last ? (0, _esdbenvelope.fromRecord)(last) : undefined;
    }
    /** Whether the event a claim was made for is in its stream, at the claimed revision. */ async fulfilled(claim, eventId) {
        const [at] = await this.client.readStream(claim.streamId, BigInt(claim.revision), 1);
        return at?.eventId === eventId;
    }
    async lastClaim(eventId) {
        const [last] = await this.client.readStreamBackwards((0, _esdbenvelope.claimStreamOf)(eventId), 1);
        return last ? {
            revision: Number(last.revision),
            type: last.type,
            claim: last.data
        } : undefined;
    }
    /** Throws DuplicateEventId for the first id whose event is already stored. */ async refuseKnownIds(eventIds) {
        for (const eventId of eventIds){
            const last = await this.lastClaim(eventId);
            if (last?.type === _esdbenvelope.CLAIMED && await this.fulfilled(last.claim, eventId)) throw new _eventstoreport.DuplicateEventId(eventId);
        }
    }
    /** Claims every id, or none: on a duplicate the claims already taken are released and DuplicateEventId is thrown. */ async claimAll(wanted) {
        const results = await Promise.allSettled(wanted.map((w)=>this.claim(w.eventId, w.streamId, w.revision)));
        const owned = results.flatMap((r)=>r.status === 'fulfilled' ? [
                r.value
            ] : []);
        const failed = results.find((r)=>r.status === 'rejected');
        if (!failed) return owned;
        await this.release(owned);
        throw failed.reason;
    }
    /**
   * Takes the store-wide claim on an event id. The claim stream's last event says who holds it: nobody (no stream, or
   * released), an event already written (DuplicateEventId), or a writer still on its way — which is waited for, up
   * to the lease, after which the claim counts as abandoned (its writer crashed between claiming and appending).
   */ async claim(eventId, streamId, revision) {
        const claimStream = (0, _esdbenvelope.claimStreamOf)(eventId);
        const claim = {
            streamId,
            revision,
            token: (0, _nodecrypto.randomUUID)(),
            claimedAt: new Date().toISOString()
        };
        let expected = 'no-stream';
        for(;;){
            try {
                const { nextRevision } = await this.client.append(claimStream, [
                    {
                        eventId: (0, _nodecrypto.randomUUID)(),
                        type: _esdbenvelope.CLAIMED,
                        data: claim,
                        metadata: {}
                    }
                ], expected);
                return {
                    claimStream,
                    claimRevision: Number(nextRevision)
                };
            } catch (error) {
                if (!(error instanceof _eventstoreport.WrongExpectedRevision)) throw error;
            }
            for(;;){
                const last = await this.lastClaim(eventId);
                if (!last) {
                    expected = 'no-stream';
                    break;
                }
                if (last.type !== _esdbenvelope.CLAIMED) {
                    expected = last.revision;
                    break;
                }
                if (await this.fulfilled(last.claim, eventId)) throw new _eventstoreport.DuplicateEventId(eventId);
                if (Date.now() - Date.parse(last.claim.claimedAt) >= this.options.claimLeaseMs) {
                    expected = last.revision;
                    break;
                }
                await sleep(50);
            }
        }
    }
    /** Gives claims back after an append that certainly wrote nothing; a claim taken over meanwhile is left alone. */ async release(claims) {
        await Promise.all(claims.map((c)=>this.client.append(c.claimStream, [
                {
                    eventId: (0, _nodecrypto.randomUUID)(),
                    type: _esdbenvelope.RELEASED,
                    data: {},
                    metadata: {}
                }
            ], c.claimRevision).catch(()=>undefined)));
    }
};

//# sourceMappingURL=eventstoredb-event-store.js.map