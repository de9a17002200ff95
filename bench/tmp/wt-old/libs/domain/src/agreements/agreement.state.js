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
    get approvingDecision () {
        return approvingDecision;
    },
    get currentMembership () {
        return currentMembership;
    },
    get duePartyIds () {
        return duePartyIds;
    },
    get findVersion () {
        return findVersion;
    },
    get hasApproved () {
        return hasApproved;
    },
    get hasSigned () {
        return hasSigned;
    },
    get initialAgreementState () {
        return initialAgreementState;
    },
    get joinsAfterEntryIntoForce () {
        return joinsAfterEntryIntoForce;
    },
    get latestVersion () {
        return latestVersion;
    },
    get partiesOf () {
        return partiesOf;
    },
    get signatureOf () {
        return signatureOf;
    },
    get versionInForceOn () {
        return versionInForceOn;
    }
});
const _dates = require("../calendar/dates");
const initialAgreementState = {
    exists: false,
    agreementId: '',
    kind: '',
    versions: [],
    inForce: [],
    joined: [],
    withdrawals: [],
    reviews: []
};
function latestVersion(state) {
    return state.versions.at(-1);
}
function findVersion(state, version) {
    return state.versions.find((candidate)=>candidate.version === version);
}
function versionInForceOn(state, date) {
    return state.inForce.filter((entry)=>entry.effectiveFrom <= date).at(-1);
}
function joinsAfterEntryIntoForce(state, version, partyId) {
    const entry = state.inForce.find((candidate)=>candidate.version === version);
    if (!entry) return false;
    const listed = findVersion(state, version)?.terms.parties ?? [];
    return listed.some((party)=>party.partyId === partyId && party.joinsOn !== undefined && party.joinsOn > entry.effectiveFrom) || state.joined.some((join)=>join.partyId === partyId && join.joinsOn > entry.effectiveFrom);
}
function partiesOf(state, version) {
    const found = findVersion(state, version);
    if (!found) return [];
    const listed = found.terms.parties.map(({ partyId, partyType, role, joinsOn })=>({
            partyId,
            partyType,
            role,
            joinsOn: joinsOn ?? found.terms.term.startsOn
        }));
    const listedIds = new Set(listed.map((party)=>party.partyId));
    // A revision lists earlier joiners in its own terms; a join at this very version is a rejoin after withdrawal.
    const joined = state.joined.filter((join)=>join.atVersion === version || join.atVersion < version && !listedIds.has(join.partyId)).map(({ partyId, partyType, role, joinsOn })=>({
            partyId,
            partyType,
            role,
            joinsOn
        }));
    const memberships = [
        ...listed,
        ...joined
    ];
    return memberships.map((membership)=>withWithdrawal(state, membership, memberships));
}
/** A withdrawal ends the membership it falls in: from the day before joining up to the next rejoin. */ function withWithdrawal(state, membership, memberships) {
    const nextJoin = memberships.filter((other)=>other.partyId === membership.partyId && other.joinsOn > membership.joinsOn).map((other)=>other.joinsOn).sort()[0];
    const withdrawal = state.withdrawals.find((candidate)=>candidate.partyId === membership.partyId && candidate.effectiveOn >= (0, _dates.addDays)(membership.joinsOn, -1) && (nextJoin === undefined || candidate.effectiveOn < nextJoin));
    return withdrawal ? {
        ...membership,
        withdrawnOn: withdrawal.effectiveOn
    } : membership;
}
function currentMembership(state, partyId) {
    const latest = latestVersion(state);
    if (!latest) return undefined;
    return partiesOf(state, latest.version).filter((party)=>party.partyId === partyId).sort((a, b)=>a.joinsOn < b.joinsOn ? -1 : 1).at(-1);
}
function duePartyIds(state, version, date) {
    const due = partiesOf(state, version).filter((party)=>party.joinsOn <= date && (party.withdrawnOn === undefined || party.withdrawnOn >= date));
    return [
        ...new Set(due.map((party)=>party.partyId))
    ];
}
function approvingDecision(state, partyId, version, onDate) {
    const deciding = (findVersion(state, version)?.decisions ?? []).filter((decision)=>decision.partyId === partyId && (decision.outcome === 'approved' || decision.outcome === 'rejected') && (onDate === undefined || decision.meetingDate <= onDate));
    const last = deciding.at(-1);
    return last?.outcome === 'approved' ? last : undefined;
}
function hasApproved(state, partyId, version, onDate) {
    return approvingDecision(state, partyId, version, onDate) !== undefined;
}
function signatureOf(state, partyId, version, onDate) {
    return findVersion(state, version)?.signatures.find((signature)=>signature.partyId === partyId && (onDate === undefined || signature.signedOn <= onDate));
}
function hasSigned(state, partyId, version, onDate) {
    return signatureOf(state, partyId, version, onDate) !== undefined;
}

//# sourceMappingURL=agreement.state.js.map