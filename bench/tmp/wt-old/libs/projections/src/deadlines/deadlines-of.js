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
    get DEADLINE_TYPES () {
        return DEADLINE_TYPES;
    },
    get deadlinesOf () {
        return deadlinesOf;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const DEADLINE_TYPES = [
    'review-due',
    'term-ends',
    'party-joins',
    'withdrawal-effective',
    'termination-effective'
];
function deadlinesOf(state) {
    if (!state.exists) return [];
    const current = state.inForce.length ? (0, _domain.findVersion)(state, state.inForce.at(-1).version) : (0, _domain.latestVersion)(state);
    if (!current) return [];
    const base = {
        agreementId: state.agreementId,
        kind: state.kind,
        title: current.terms.title
    };
    const deadlines = [];
    const lastReview = state.reviews.at(-1);
    if (lastReview?.nextReviewDue) {
        deadlines.push({
            ...base,
            date: lastReview.nextReviewDue,
            type: 'review-due',
            reviewYear: lastReview.year
        });
    }
    if (current.terms.term.endsOn) deadlines.push({
        ...base,
        date: current.terms.term.endsOn,
        type: 'term-ends'
    });
    for (const party of current.terms.parties){
        if (party.joinsOn) deadlines.push({
            ...base,
            date: party.joinsOn,
            type: 'party-joins',
            partyId: party.partyId
        });
    }
    for (const join of state.joined)deadlines.push({
        ...base,
        date: join.joinsOn,
        type: 'party-joins',
        partyId: join.partyId
    });
    for (const withdrawal of state.withdrawals){
        deadlines.push({
            ...base,
            date: withdrawal.effectiveOn,
            type: 'withdrawal-effective',
            partyId: withdrawal.partyId
        });
    }
    if (state.termination) deadlines.push({
        ...base,
        date: state.termination.effectiveOn,
        type: 'termination-effective'
    });
    const seen = new Set();
    return deadlines.filter((deadline)=>{
        const key = `${deadline.type}|${deadline.date}|${deadline.partyId ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

//# sourceMappingURL=deadlines-of.js.map