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
    get AGREEMENT_STATUSES () {
        return AGREEMENT_STATUSES;
    },
    get statusOn () {
        return statusOn;
    }
});
const _agreementstate = require("./agreement.state");
const AGREEMENT_STATUSES = [
    'draft',
    'in-approval',
    'approved',
    'signed',
    'in-force',
    'expired',
    'terminated'
];
function statusOn(state, date) {
    if (state.termination && state.termination.effectiveOn < date) return 'terminated';
    const inForce = (0, _agreementstate.versionInForceOn)(state, date);
    if (inForce) {
        const endsOn = (0, _agreementstate.findVersion)(state, inForce.version)?.terms.term.endsOn;
        return endsOn != null && endsOn < date ? 'expired' : 'in-force';
    }
    const latest = (0, _agreementstate.latestVersion)(state);
    if (!latest) return 'draft';
    const due = (0, _agreementstate.duePartyIds)(state, latest.version, latest.terms.term.startsOn);
    if (due.length === 0) return 'draft';
    if (due.every((partyId)=>(0, _agreementstate.hasSigned)(state, partyId, latest.version, date))) return 'signed';
    if (due.every((partyId)=>(0, _agreementstate.hasApproved)(state, partyId, latest.version, date))) return 'approved';
    if (latest.decisions.some((decision)=>decision.meetingDate <= date)) return 'in-approval';
    return 'draft';
}

//# sourceMappingURL=status.js.map