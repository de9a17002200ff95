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
    get seedDecided () {
        return seedDecided;
    },
    get seedThroughCommands () {
        return seedThroughCommands;
    }
});
const _domain = require("../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../work/main/libs/event-store/src");
const _registry = require("../../../../work/main/libs/registry/src");
const _nodecrypto = require("node:crypto");
const _registry1 = require("./registry");
async function seedThroughCommands(registry, steps, onProgress) {
    for(let i = 0; i < steps.length; i++){
        await registry.run(steps[i]);
        if (onProgress && i % 1000 === 0) onProgress(i, steps.length);
    }
    return steps.length;
}
const today = (at)=>(0, _registry.registryDate)(new Date(at));
function proposed(events, at) {
    const correlationId = (0, _nodecrypto.randomUUID)();
    return events.map((e)=>({
            eventId: (0, _eventstore.newEventId)(),
            type: e.type,
            schemaVersion: e.schemaVersion,
            data: e.data,
            metadata: {
                recordedAt: at,
                actor: _registry1.BENCH_ACTOR,
                role: 'registrar',
                correlationId,
                causationId: correlationId
            }
        }));
}
async function seedDecided(store, data, onProgress) {
    const parties = new Map();
    const registered = (ids)=>Object.fromEntries(ids.flatMap((id)=>parties.get(id)?.state.type ? [
                [
                    id,
                    parties.get(id).state.type
                ]
            ] : []));
    for (const step of data.partySteps){
        if (step.kind !== 'party') continue;
        const entry = parties.get(step.request.partyId) ?? {
            state: _domain.initialPartyState,
            pending: []
        };
        const command = await (0, _registry.completePartyRequest)(step.request, today(step.at), registered);
        const events = (0, _domain.decideParty)(command, entry.state);
        entry.state = events.reduce((s, e)=>(0, _domain.evolveParty)(s, e), entry.state);
        entry.pending.push(...proposed(events, step.at));
        parties.set(step.request.partyId, entry);
    }
    let written = 0;
    const types = {};
    const typesOf = (ids)=>Object.fromEntries(ids.map((id)=>[
                id,
                types[id]
            ]));
    for (const [partyId, { state, pending }] of parties){
        await store.append(`party-${partyId}`, pending, 'no-stream');
        types[partyId] = state.type;
        written += pending.length;
    }
    for(let i = 0; i < data.agreementCount; i++){
        const steps = data.agreement(i);
        let state = _domain.initialAgreementState;
        const pending = [];
        let agreementId = '';
        for (const step of steps){
            if (step.kind !== 'agreement') continue;
            const request = step.request;
            agreementId = request.agreementId;
            const command = await (0, _registry.completeAgreementRequest)(request, today(step.at), typesOf);
            const events = (0, _domain.decideAgreement)(command, state);
            state = events.reduce((s, e)=>(0, _domain.evolveAgreement)(s, e), state);
            pending.push(...proposed(events, step.at));
        }
        await store.append(`agreement-${agreementId}`, pending, 'no-stream');
        written += pending.length;
        if (onProgress && i % 500 === 0) onProgress(i, data.agreementCount);
    }
    return written;
}

//# sourceMappingURL=seed.js.map