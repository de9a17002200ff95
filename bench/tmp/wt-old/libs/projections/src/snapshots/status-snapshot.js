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
    get SNAPSHOT_DOCUMENT_VERSION () {
        return SNAPSHOT_DOCUMENT_VERSION;
    },
    get buildStatusSnapshot () {
        return buildStatusSnapshot;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _deadlinesof = require("../deadlines/deadlines-of");
const SNAPSHOT_DOCUMENT_VERSION = 1;
function buildStatusSnapshot(request, source) {
    const { scope, on, title } = request;
    const partyId = 'partyId' in scope ? scope.partyId : undefined;
    const party = partyId === undefined ? undefined : source.parties[partyId];
    if (partyId !== undefined && !party) {
        throw new _domain.InvalidSnapshot(`party ${partyId} was not registered at position ${source.asOfPosition}`, 'scope.partyId');
    }
    const inScope = source.agreements.filter(({ state })=>state.exists && covers(scope, state)).sort((a, b)=>a.state.agreementId < b.state.agreementId ? -1 : 1);
    if ('agreementId' in scope && inScope.length === 0) {
        throw new _domain.InvalidSnapshot(`agreement ${scope.agreementId} did not exist at position ${source.asOfPosition}`, 'scope.agreementId');
    }
    const agreements = inScope.map((agreement)=>agreementSnapshot(agreement, on, source.parties, partyId));
    const to = (0, _domain.addDays)(oneYearAfter(on), -1);
    return {
        document: 'pacta-status-snapshot',
        documentVersion: SNAPSHOT_DOCUMENT_VERSION,
        title,
        scope,
        on,
        asOfPosition: source.asOfPosition,
        heads: source.heads,
        party: party && partyId ? {
            partyId,
            name: party.name,
            partyType: party.type
        } : null,
        agreements,
        overdueReviews: agreements.filter((agreement)=>agreement.review.overdue).map(({ agreementId, title: agreementTitle, review })=>({
                agreementId,
                title: agreementTitle,
                due: review.due
            })),
        deadlines: {
            from: on,
            to,
            items: inScope.flatMap(({ state })=>(0, _deadlinesof.deadlinesOf)(state)).filter((deadline)=>deadline.date >= on && deadline.date <= to).filter((deadline)=>partyId === undefined || deadline.partyId === undefined || deadline.partyId === partyId).map(({ date, type, agreementId, partyId: deadlineParty, reviewYear })=>({
                    date,
                    type,
                    agreementId,
                    partyId: deadlineParty ?? null,
                    reviewYear: reviewYear ?? null
                })).sort(byDeadline)
        }
    };
}
function covers(scope, state) {
    if ('agreementId' in scope) return state.agreementId === scope.agreementId;
    if ('kind' in scope) return state.kind === scope.kind;
    return state.versions.some((version)=>version.terms.parties.some((party)=>party.partyId === scope.partyId)) || state.joined.some((join)=>join.partyId === scope.partyId);
}
function agreementSnapshot({ state, sinceLastReview }, on, parties, onlyParty) {
    const inForce = (0, _domain.versionInForceOn)(state, on);
    const shown = inForce && (0, _domain.findVersion)(state, inForce.version) || state.versions.at(-1);
    const { title, diaryNumber, term } = shown.terms;
    const review = (0, _domain.reviewDueOn)(state, on);
    const latestReview = state.reviews.at(-1);
    const memberships = (0, _domain.partiesOf)(state, shown.version);
    const rows = (0, _domain.obligationRows)(state).filter((row)=>row.validFrom <= on && (row.validTo === null || row.validTo >= on) && (onlyParty === undefined || row.partyId === onlyParty));
    const obliged = [
        ...new Set([
            ...memberships.map((party)=>party.partyId),
            ...rows.map((row)=>row.partyId)
        ])
    ].filter((id)=>rows.some((row)=>row.partyId === id));
    return {
        agreementId: state.agreementId,
        kind: state.kind,
        title,
        diaryNumber: diaryNumber ?? null,
        term,
        status: (0, _domain.statusOn)(state, on),
        version: shown.version,
        versionInForce: inForce?.version ?? null,
        latestVersion: state.versions.at(-1).version,
        predecessorId: state.predecessorId ?? null,
        termination: state.termination ? {
            effectiveOn: state.termination.effectiveOn,
            reason: state.termination.reason
        } : null,
        review: {
            latest: latestReview ? {
                year: latestReview.year,
                heldOn: latestReview.heldOn,
                meeting: latestReview.meeting,
                nextReviewDue: latestReview.nextReviewDue ?? null,
                actions: latestReview.actions
            } : null,
            due: review.due,
            overdue: review.overdue
        },
        parties: memberships.map((membership)=>{
            const signature = (0, _domain.signatureOf)(state, membership.partyId, shown.version, on);
            return {
                partyId: membership.partyId,
                name: parties[membership.partyId]?.name ?? null,
                partyType: membership.partyType,
                role: membership.role,
                joinsOn: membership.joinsOn,
                withdrawnOn: membership.withdrawnOn ?? null,
                decisions: shown.decisions.filter((decision)=>decision.partyId === membership.partyId && decision.meetingDate <= on).map((decision)=>({
                        body: decision.body,
                        meetingDate: decision.meetingDate,
                        section: decision.section,
                        diaryNumber: decision.diaryNumber ?? null,
                        outcome: decision.outcome,
                        unanimous: decision.unanimous ?? null,
                        vote: decision.vote ?? null
                    })),
                signature: signature ? {
                    name: signature.signatory.name,
                    title: signature.signatory.title,
                    authority: signature.authority,
                    signedOn: signature.signedOn,
                    method: signature.method
                } : null
            };
        }),
        obligations: obliged.map((partyId)=>({
                partyId,
                name: parties[partyId]?.name ?? null,
                obligations: rows.filter((row)=>row.partyId === partyId).map((row)=>({
                        obligationId: row.obligationId,
                        type: row.type,
                        description: row.description,
                        beneficiary: row.beneficiary ?? null,
                        clause: row.clause ?? null,
                        costShare: row.costShare ?? null,
                        validFrom: row.validFrom,
                        validTo: row.validTo,
                        latestFinding: latestFinding(state, row.obligationId, partyId)
                    }))
            })),
        sinceLastReview: {
            reviewYear: latestReview?.year ?? null,
            events: sinceLastReview
        }
    };
}
function latestFinding(state, obligationId, partyId) {
    for(let i = state.reviews.length - 1; i >= 0; i--){
        const review = state.reviews[i];
        const finding = review.findings?.findLast((f)=>f.obligationId === obligationId && f.partyId === partyId);
        if (finding) return {
            year: review.year,
            heldOn: review.heldOn,
            status: finding.status,
            note: finding.note ?? null
        };
    }
    return null;
}
/** The same day a year later; 29 February becomes 1 March. */ function oneYearAfter(date) {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
}
function byDeadline(a, b) {
    const key = (d)=>[
            d.date,
            d.agreementId,
            d.type,
            d.partyId ?? ''
        ];
    const [x, y] = [
        key(a),
        key(b)
    ];
    for(let i = 0; i < x.length; i++)if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

//# sourceMappingURL=status-snapshot.js.map