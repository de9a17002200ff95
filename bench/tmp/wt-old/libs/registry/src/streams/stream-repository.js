"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "StreamRepository", {
    enumerable: true,
    get: function() {
        return StreamRepository;
    }
});
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _writeerrors = require("./write-errors");
const MAX_ATTEMPTS = 20;
/**
 * Streams whose folded state is kept between commands: the agreements and parties being worked on. Under a
 * working set larger than the cache, least-recently-used eviction misses on every command (each then reads and
 * parses its whole stream), so the cache holds several thousand; a state is a few kilobytes.
 */ const CACHED_STREAMS = 10_000;
let StreamRepository = class StreamRepository {
    constructor(store, fold, clock){
        this.store = store;
        this.fold = fold;
        this.clock = clock;
        /** Least recently used first. States are immutable (evolve returns new objects), so sharing them is safe. */ this.folded = new Map();
    }
    async load(streamId) {
        const events = await this.store.readStream(streamId);
        const state = events.reduce((s, e)=>this.fold.evolve(s, e), this.fold.initial);
        return {
            state,
            revision: events.length - 1,
            events
        };
    }
    /**
   * The stream's current state without its events: a cached fold brought up to date with only the events appended
   * since (by this process or another), so a command on a long stream does not read and parse all of it again.
   */ async loadState(streamId) {
        const cached = this.folded.get(streamId);
        const from = cached ? cached.revision + 1 : 0;
        const newer = await this.store.readStream(streamId, from);
        const folded = {
            state: newer.reduce((s, e)=>this.fold.evolve(s, e), cached ? cached.state : this.fold.initial),
            revision: from + newer.length - 1
        };
        this.remember(streamId, folded);
        return folded;
    }
    remember(streamId, folded) {
        this.folded.delete(streamId);
        if (folded.revision < 0) return;
        this.folded.set(streamId, folded);
        if (this.folded.size > CACHED_STREAMS) this.folded.delete(this.folded.keys().next().value);
    }
    async update(id, streamId, decide, context) {
        for(let attempt = 1;; attempt++){
            // Only an Idempotency-Key needs the events themselves: to find an earlier answer to the same key.
            const { idempotency } = context;
            // The first attempt decides on the cached fold as it is, without asking the store for newer events: the
            // append's expected revision proves it current. Nothing is refused on it unread, and a lost race reads.
            const unread = attempt === 1 && !idempotency ? this.folded.get(streamId) : undefined;
            const { state, revision, events } = unread ? {
                ...unread,
                events: []
            } : idempotency ? await this.load(streamId) : {
                ...await this.loadState(streamId),
                events: []
            };
            const earlier = idempotency ? answeredBefore(id, events, context.actor, idempotency) : undefined;
            if (earlier) return earlier;
            if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
                if (unread) continue;
                throw new _writeerrors.StaleRevision(streamId, context.expectedRevision, revision);
            }
            let decided;
            try {
                decided = decide(state);
            } catch (refusal) {
                if (unread) continue;
                throw refusal;
            }
            try {
                const appended = await this.store.append(streamId, this.envelope(decided, context), revision < 0 ? 'no-stream' : revision);
                this.remember(streamId, {
                    state: decided.reduce((s, e)=>this.fold.evolve(s, e), state),
                    revision: appended.revision
                });
                return {
                    id,
                    revision: appended.revision,
                    position: appended.position
                };
            } catch (error) {
                if (error instanceof _eventstore.WrongExpectedRevision) {
                    if (context.expectedRevision !== undefined) {
                        throw new _writeerrors.StaleRevision(streamId, context.expectedRevision, error.actual ?? -1);
                    }
                    if (attempt >= MAX_ATTEMPTS) throw new _writeerrors.ContendedStream(streamId, attempt);
                    continue;
                }
                if (error instanceof _eventstore.DuplicateEventId) {
                    // The same key raced us on this stream (the next load finds its answer) or was used on another stream.
                    const reloaded = await this.store.readStream(streamId);
                    const answer = context.idempotency && answeredBefore(id, reloaded, context.actor, context.idempotency);
                    if (answer) return answer;
                    throw new _writeerrors.IdempotencyKeyReused();
                }
                throw error;
            }
        }
    }
    envelope(events, context) {
        const ids = context.idempotency ? (0, _eventstore.eventIdsFor)(`${context.actor}\n${context.idempotency.key}`, events.length) : events.map(()=>(0, _eventstore.newEventId)());
        const recordedAt = this.clock.now().toISOString();
        return events.map((event, i)=>({
                eventId: ids[i],
                type: event.type,
                schemaVersion: event.schemaVersion,
                data: event.data,
                metadata: {
                    recordedAt,
                    actor: context.actor,
                    role: context.role,
                    correlationId: context.correlationId,
                    causationId: context.correlationId,
                    ...context.idempotency && {
                        idempotencyKey: context.idempotency.key,
                        requestHash: context.idempotency.requestHash
                    }
                }
            }));
    }
};
function answeredBefore(id, events, actor, { key, requestHash }) {
    const mine = events.filter((e)=>e.metadata.idempotencyKey === key && e.metadata.actor === actor);
    if (mine.length === 0) return undefined;
    if (mine.some((e)=>e.metadata.requestHash !== requestHash)) throw new _writeerrors.IdempotencyKeyReused();
    const last = mine[mine.length - 1];
    return {
        id,
        revision: last.streamRevision,
        position: last.globalPosition,
        replayed: true
    };
}

//# sourceMappingURL=stream-repository.js.map