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
    get appendWorkload () {
        return appendWorkload;
    },
    get decisionTargets () {
        return decisionTargets;
    }
});
function appendWorkload(data, count) {
    const steps = [
        ...data.partySteps
    ];
    for(let i = 0; i < count; i++)steps.push(...data.agreement(i));
    return steps.sort((a, b)=>a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
}
function decisionTargets(data, count) {
    const targets = [];
    for(let i = 0; i < Math.min(count, data.agreementCount); i++){
        const steps = data.agreement(i);
        if (steps.some((s)=>s.request.type === 'TerminateAgreement')) continue;
        const draft = steps[0].request;
        if (draft.type !== 'DraftAgreement') continue;
        const version = steps.some((s)=>s.request.type === 'ReviseDraft') ? 2 : 1;
        targets.push({
            agreementId: draft.agreementId,
            partyId: draft.terms.parties[0].partyId,
            version
        });
    }
    return targets;
}

//# sourceMappingURL=workloads.js.map