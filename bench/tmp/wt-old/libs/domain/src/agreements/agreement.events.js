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
    get FINDING_STATUSES () {
        return FINDING_STATUSES;
    },
    get OUTCOMES () {
        return OUTCOMES;
    },
    get agreementDraftedData () {
        return agreementDraftedData;
    },
    get agreementTerminatedData () {
        return agreementTerminatedData;
    },
    get annualReviewRecordedData () {
        return annualReviewRecordedData;
    },
    get boardDecisionRecordedData () {
        return boardDecisionRecordedData;
    },
    get draftRevisedData () {
        return draftRevisedData;
    },
    get finding () {
        return finding;
    },
    get outcome () {
        return outcome;
    },
    get partyJoinedData () {
        return partyJoinedData;
    },
    get partyWithdrewData () {
        return partyWithdrewData;
    },
    get signatureRecordedData () {
        return signatureRecordedData;
    },
    get versionEnteredIntoForceData () {
        return versionEnteredIntoForceData;
    }
});
const _zod = require("zod");
const _zod1 = require("../calendar/zod");
const _ids = require("../ids");
const _partyevents = require("../parties/party.events");
const _terms = require("./terms");
const versionNumber = _zod.z.number().int().min(1);
const shortText = _zod.z.string().trim().min(1).max(500);
const count = _zod.z.number().int().min(0);
const agreementDraftedData = _zod.z.strictObject({
    agreementId: _ids.id,
    kind: _terms.agreementKind,
    version: _zod.z.literal(1),
    terms: _terms.terms,
    /** The agreement this one renews; the read side derives "succeeded by" from it. */ predecessorId: _ids.id.optional()
});
const draftRevisedData = _zod.z.strictObject({
    agreementId: _ids.id,
    version: _zod.z.number().int().min(2),
    terms: _terms.terms
});
const OUTCOMES = [
    'approved',
    'rejected',
    'tabled',
    'returned',
    'proposed-to-higher-body'
];
const outcome = _zod.z.enum(OUTCOMES);
const boardDecisionRecordedData = _zod.z.strictObject({
    partyId: _ids.id,
    body: shortText,
    meetingDate: _zod1.calendarDate,
    section: _zod.z.string().trim().min(1).max(50),
    diaryNumber: _zod.z.string().trim().min(1).max(100).optional(),
    preparer: shortText.optional(),
    presenter: shortText.optional(),
    proposal: _zod.z.string().trim().min(1).max(10_000).optional(),
    outcome,
    unanimous: _zod.z.boolean().optional(),
    vote: _zod.z.strictObject({
        for: count,
        against: count,
        abstained: count.optional()
    }).optional(),
    version: versionNumber
});
const signatureRecordedData = _zod.z.strictObject({
    partyId: _ids.id,
    signatory: _zod.z.strictObject({
        name: shortText,
        title: shortText
    }),
    authority: _zod.z.enum([
        'position',
        'signing-right',
        'mandate'
    ]),
    signedOn: _zod1.calendarDate,
    method: _zod.z.enum([
        'electronic',
        'paper'
    ]),
    version: versionNumber
});
const versionEnteredIntoForceData = _zod.z.strictObject({
    version: versionNumber,
    effectiveFrom: _zod1.calendarDate
});
const partyJoinedData = _zod.z.strictObject({
    partyId: _ids.id,
    partyType: _partyevents.partyType,
    role: _terms.role,
    joinsOn: _zod1.calendarDate
});
const partyWithdrewData = _zod.z.strictObject({
    partyId: _ids.id,
    effectiveOn: _zod1.calendarDate,
    reason: shortText
});
const FINDING_STATUSES = [
    'met',
    'partly-met',
    'not-met',
    'not-assessed'
];
const finding = _zod.z.strictObject({
    obligationId: _zod.z.string().min(1),
    partyId: _ids.id,
    status: _zod.z.enum(FINDING_STATUSES),
    note: _zod.z.string().trim().min(1).max(5_000).optional()
});
const annualReviewRecordedData = _zod.z.strictObject({
    year: _zod.z.number().int().min(1900).max(2200),
    heldOn: _zod1.calendarDate,
    meeting: shortText,
    nextReviewDue: _zod1.calendarDate.optional(),
    actions: _zod.z.array(shortText),
    findings: _zod.z.array(finding)
});
const agreementTerminatedData = _zod.z.strictObject({
    effectiveOn: _zod1.calendarDate,
    reason: shortText
});

//# sourceMappingURL=agreement.events.js.map