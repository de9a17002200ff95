"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seedRegistry", {
    enumerable: true,
    get: function() {
        return seedRegistry;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _changeagreement = require("../agreements/change-agreement");
const _changeparty = require("../parties/change-party");
const _seedfixture = require("./seed-fixture");
async function seedRegistry(commands) {
    const report = {
        written: 0,
        replayed: 0,
        skipped: [],
        position: 0
    };
    const send = async (key, command)=>{
        try {
            const result = await commands.execute(command);
            if (result.replayed) report.replayed++;
            else report.written++;
            report.position = Math.max(report.position, result.position);
            return true;
        } catch (error) {
            if (error instanceof _domain.PartyAlreadyRegistered || error instanceof _domain.AgreementAlreadyExists) {
                report.skipped.push(key);
                return false;
            }
            throw error;
        }
    };
    for (const request of _seedfixture.SEED_PARTIES){
        const key = `seed:party:${request.partyId}`;
        await send(key, new _changeparty.ChangeParty(request, seedContext(key, request)));
    }
    for (const agreement of _seedfixture.SEED_AGREEMENTS){
        const key = `seed:${agreement.seed}:${agreement.id}:draft`;
        const draft = {
            type: 'DraftAgreement',
            agreementId: agreement.id,
            kind: agreement.kind,
            terms: agreement.terms
        };
        // An agreement of that id made by someone else is not the seed's to extend.
        if (!await send(key, new _changeagreement.ChangeAgreement(draft, seedContext(key, draft)))) continue;
        for (const [i, request] of agreement.then.entries()){
            const stepKey = `seed:${agreement.seed}:${agreement.id}:${i}`;
            await send(stepKey, new _changeagreement.ChangeAgreement(request, seedContext(stepKey, request)));
        }
    }
    return report;
}
function seedContext(idempotencyKey, request) {
    return {
        actor: 'seed',
        role: 'registrar',
        correlationId: idempotencyKey,
        idempotency: {
            key: idempotencyKey,
            requestHash: (0, _eventstore.sha256Hex)((0, _eventstore.canonicalJson)(request))
        }
    };
}

//# sourceMappingURL=seed-registry.js.map