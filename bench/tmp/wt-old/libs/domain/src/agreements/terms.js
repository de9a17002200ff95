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
    get AGREEMENT_KINDS () {
        return AGREEMENT_KINDS;
    },
    get OBLIGATION_TYPES () {
        return OBLIGATION_TYPES;
    },
    get ROLES () {
        return ROLES;
    },
    get agreementKind () {
        return agreementKind;
    },
    get agreementParty () {
        return agreementParty;
    },
    get agreementPartyInput () {
        return agreementPartyInput;
    },
    get costShare () {
        return costShare;
    },
    get obligation () {
        return obligation;
    },
    get obligationType () {
        return obligationType;
    },
    get recurrence () {
        return recurrence;
    },
    get role () {
        return role;
    },
    get selector () {
        return selector;
    },
    get terms () {
        return terms;
    },
    get termsInput () {
        return termsInput;
    }
});
const _zod = require("zod");
const _zod1 = require("../calendar/zod");
const _ids = require("../ids");
const _localizedtext = require("../localized-text");
const _partyevents = require("../parties/party.events");
const AGREEMENT_KINDS = [
    'framework',
    'family-centre',
    'family-law'
];
const agreementKind = _zod.z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a lowercase kind such as family-centre');
const ROLES = [
    'host',
    'participant',
    'coordinator'
];
const role = _zod.z.enum(ROLES);
const OBLIGATION_TYPES = [
    'provide-premises',
    'fund',
    'provide-staff',
    'produce-service',
    'pay-cost-share',
    'appoint-representative',
    'coordinate',
    'communicate',
    'assess-impact',
    'participate',
    'administrative-change',
    'transfer-of-undertaking',
    'review-and-update',
    'other'
];
const obligationType = _zod.z.enum(OBLIGATION_TYPES);
const selector = _zod.z.union([
    _zod.z.literal('all'),
    _zod.z.strictObject({
        partyId: _ids.id
    }),
    _zod.z.strictObject({
        partyType: _partyevents.partyType
    }),
    _zod.z.strictObject({
        role
    })
]);
const costShare = _zod.z.strictObject({
    basis: _zod.z.enum([
        'population',
        'equal',
        'fixed'
    ]),
    /** Which year's population to use relative to the billed year; the design's default is the previous year. */ populationYearOffset: _zod.z.number().int().optional()
});
const recurrence = _zod.z.enum([
    'once',
    'monthly',
    'quarterly',
    'yearly'
]);
const obligation = _zod.z.strictObject({
    id: _zod.z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a lowercase slug'),
    type: obligationType,
    obligor: selector,
    beneficiary: selector.optional(),
    description: _localizedtext.localizedText,
    validFrom: _zod1.calendarDate.optional(),
    validTo: _zod1.calendarDate.optional(),
    recurrence: recurrence.optional(),
    costShare: costShare.optional(),
    clause: _zod.z.string().trim().min(1).max(100).optional()
});
const agreementPartyInput = _zod.z.strictObject({
    partyId: _ids.id,
    role,
    joinsOn: _zod1.calendarDate.optional()
});
const agreementParty = _zod.z.strictObject({
    ...agreementPartyInput.shape,
    partyType: _partyevents.partyType
});
const termsFields = {
    title: _localizedtext.localizedText,
    diaryNumber: _zod.z.string().trim().min(1).max(100).optional(),
    term: _zod.z.strictObject({
        startsOn: _zod1.calendarDate,
        endsOn: _zod1.calendarDate.nullable()
    }),
    obligations: _zod.z.array(obligation)
};
const termsInput = _zod.z.strictObject({
    ...termsFields,
    parties: _zod.z.array(agreementPartyInput)
});
const terms = _zod.z.strictObject({
    ...termsFields,
    parties: _zod.z.array(agreementParty)
});

//# sourceMappingURL=terms.js.map