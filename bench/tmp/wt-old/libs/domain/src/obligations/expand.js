"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "obligationRows", {
    enumerable: true,
    get: function() {
        return obligationRows;
    }
});
const _dates = require("../calendar/dates");
const _agreementstate = require("../agreements/agreement.state");
function obligationRows(state) {
    return state.inForce.flatMap((entry, i)=>{
        const version = state.versions.find((candidate)=>candidate.version === entry.version);
        if (!version) return [];
        const next = state.inForce[i + 1];
        const versionEnd = next ? (0, _dates.addDays)(next.effectiveFrom, -1) : version.terms.term.endsOn;
        const parties = (0, _agreementstate.partiesOf)(state, entry.version);
        return version.terms.obligations.flatMap((obligation)=>{
            const beneficiaryPartyIds = obligation.beneficiary ? [
                ...new Set(select(obligation.beneficiary, parties).map((party)=>party.partyId))
            ] : [];
            return select(obligation.obligor, parties).flatMap((party)=>{
                const bindingFrom = bindingFromOf(state, party, entry.version, entry.effectiveFrom);
                if (bindingFrom === undefined) return [];
                const validFrom = (0, _dates.maxDate)(entry.effectiveFrom, bindingFrom, obligation.validFrom ?? entry.effectiveFrom);
                const validTo = earliest([
                    versionEnd,
                    obligation.validTo,
                    party.withdrawnOn,
                    state.termination?.effectiveOn
                ]);
                if (validTo !== null && validTo < validFrom) return [];
                return [
                    {
                        agreementId: state.agreementId,
                        kind: state.kind,
                        version: entry.version,
                        obligationId: obligation.id,
                        type: obligation.type,
                        partyId: party.partyId,
                        partyType: party.partyType,
                        role: party.role,
                        beneficiary: obligation.beneficiary,
                        beneficiaryPartyIds,
                        description: obligation.description,
                        clause: obligation.clause,
                        costShare: obligation.costShare,
                        recurrence: obligation.recurrence,
                        validFrom,
                        validTo
                    }
                ];
            });
        });
    });
}
function select(selector, parties) {
    if (selector === 'all') return parties;
    if ('partyId' in selector) return parties.filter((party)=>party.partyId === selector.partyId);
    if ('partyType' in selector) return parties.filter((party)=>party.partyType === selector.partyType);
    return parties.filter((party)=>party.role === selector.role);
}
/**
 * The day the version starts binding the party. Parties due at entry into force had to approve and sign
 * before it; a party joining later is bound from its joinsOn, but not before it has approved and signed.
 */ function bindingFromOf(state, party, version, effectiveFrom) {
    if (party.joinsOn <= effectiveFrom) return party.joinsOn;
    const signature = (0, _agreementstate.signatureOf)(state, party.partyId, version);
    if (!signature || !(0, _agreementstate.approvingDecision)(state, party.partyId, version)) return undefined;
    return (0, _dates.maxDate)(party.joinsOn, signature.signedOn);
}
function earliest(ends) {
    const known = ends.filter((end)=>typeof end === 'string');
    return known.length === 0 ? null : (0, _dates.minDate)(known[0], ...known.slice(1));
}

//# sourceMappingURL=expand.js.map