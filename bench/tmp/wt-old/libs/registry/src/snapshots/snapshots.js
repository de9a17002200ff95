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
    get SnapshotNotReproducible () {
        return SnapshotNotReproducible;
    },
    get Snapshots () {
        return Snapshots;
    },
    get renderForm () {
        return renderForm;
    },
    get snapshotStream () {
        return snapshotStream;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _projections = require("../../../../../../work/main/libs/projections/src");
const _nodecrypto = require("node:crypto");
const _streamrepository = require("../streams/stream-repository");
const _snapshotsource = require("./snapshot-source");
const snapshotStream = (snapshotId)=>`snapshot-${snapshotId}`;
let SnapshotNotReproducible = class SnapshotNotReproducible extends Error {
    constructor(snapshotId, recorded, regenerated){
        super(`snapshot ${snapshotId} was recorded with SHA-256 ${recorded}, but the log now gives ${regenerated}`), this.snapshotId = snapshotId, this.recorded = recorded, this.regenerated = regenerated;
        this.name = 'SnapshotNotReproducible';
    }
};
/** A replayed request with the same Idempotency-Key lands on the same snapshot; without a key each one is new. */ function newSnapshotId(context) {
    const seed = context.idempotency ? `snapshot\n${context.actor}\n${context.idempotency.key}` : (0, _nodecrypto.randomBytes)(16).toString('hex');
    return `sn-${(0, _nodecrypto.createHash)('sha256').update(seed).digest('hex').slice(0, 16)}`;
}
let Snapshots = class Snapshots {
    constructor(store, clock){
        this.store = store;
        this.streams = new _streamrepository.StreamRepository(store, {
            initial: _domain.initialSnapshotState,
            evolve: _domain.evolveSnapshot
        }, clock);
    }
    async document(request, asOfPosition) {
        const source = await (0, _snapshotsource.snapshotSourceAt)(this.store, asOfPosition);
        const snapshot = (0, _projections.buildStatusSnapshot)(request, source);
        const json = (0, _eventstore.canonicalJson)(snapshot);
        return {
            snapshot,
            json,
            sha256: (0, _eventstore.sha256Hex)(json)
        };
    }
    async generate(input, context) {
        return (await this.generateWithDocument(input, context)).receipt;
    }
    /** Generates and records a snapshot, and gives the document it recorded (for writing its forms at once). */ async generateWithDocument(input, context) {
        const { scope, on, title, atPosition } = (0, _domain.parseSnapshotRequest)(input);
        const asOfPosition = (0, _domain.snapshotPosition)(atPosition, await this.store.headPosition());
        const document = await this.document({
            scope,
            on,
            title
        }, asOfPosition);
        const { snapshot, sha256 } = document;
        const snapshotId = newSnapshotId(context);
        const written = await this.streams.update(snapshotId, snapshotStream(snapshotId), (state)=>(0, _domain.decideSnapshot)({
                type: 'GenerateSnapshot',
                snapshotId,
                scope,
                on,
                title,
                asOfPosition,
                heads: snapshot.heads,
                sha256,
                documentVersion: _projections.SNAPSHOT_DOCUMENT_VERSION
            }, state), context);
        if (!written.replayed) return {
            receipt: {
                id: snapshotId,
                asOfPosition,
                sha256,
                position: written.position
            },
            document
        };
        const earlier = await this.find(snapshotId);
        return {
            receipt: {
                id: snapshotId,
                asOfPosition: earlier.asOfPosition,
                sha256: earlier.sha256,
                position: earlier.position,
                replayed: true
            },
            document: await this.document({
                scope,
                on,
                title
            }, earlier.asOfPosition)
        };
    }
    async find(snapshotId) {
        const [generated] = await this.store.readStream(snapshotStream(snapshotId));
        if (!generated || generated.type !== 'SnapshotGenerated') return undefined;
        const { snapshotId: _id, ...data } = generated.data;
        const { recordedAt, actor, role } = generated.metadata;
        return {
            id: snapshotId,
            ...data,
            position: generated.globalPosition,
            recordedAt,
            actor,
            role
        };
    }
    /** The snapshot regenerated from the log at its position, checked against the digest recorded for it. */ async render(snapshotId, form) {
        const record = await this.find(snapshotId);
        if (!record) throw new _domain.SnapshotNotFound(`snapshot ${snapshotId} does not exist`);
        const { snapshot, json, sha256 } = await this.document({
            scope: record.scope,
            on: record.on,
            title: record.title
        }, record.asOfPosition);
        if (sha256 !== record.sha256) throw new SnapshotNotReproducible(snapshotId, record.sha256, sha256);
        return {
            record,
            body: renderForm(snapshot, json, sha256, form)
        };
    }
};
function renderForm(snapshot, json, sha256, form) {
    switch(form){
        case 'json':
            return json;
        case 'md':
            return (0, _projections.renderSnapshotMarkdown)(snapshot, {
                sha256
            });
        case 'html':
            return (0, _projections.renderSnapshotHtml)(snapshot, {
                sha256
            });
    }
}

//# sourceMappingURL=snapshots.js.map