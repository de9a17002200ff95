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
    get PARTY_TYPES () {
        return PARTY_TYPES;
    },
    get TYPES_WITH_MEMBERS () {
        return TYPES_WITH_MEMBERS;
    },
    get partyRegisteredData () {
        return partyRegisteredData;
    },
    get partyRenamedData () {
        return partyRenamedData;
    },
    get partyType () {
        return partyType;
    },
    get populationRecordedData () {
        return populationRecordedData;
    }
});
const _zod = require("zod");
const _zod1 = require("../calendar/zod");
const _ids = require("../ids");
const _localizedtext = require("../localized-text");
const _businessid = require("./business-id");
const PARTY_TYPES = [
    'municipality',
    'joint-municipal-authority',
    'wellbeing-services-county',
    'regional-council',
    'parish',
    'association',
    'state-agency',
    'company'
];
const partyType = _zod.z.enum(PARTY_TYPES);
const TYPES_WITH_MEMBERS = [
    'joint-municipal-authority',
    'association'
];
const partyRegisteredData = _zod.z.strictObject({
    partyId: _ids.id,
    name: _localizedtext.localizedText,
    type: partyType,
    businessId: _zod.z.string().refine(_businessid.isValidBusinessId, 'must be a Y-tunnus NNNNNNN-C whose check digit verifies').optional(),
    municipalityCode: _zod.z.string().regex(/^\d{3}$/, 'must be the three-digit Statistics Finland code').optional(),
    memberIds: _zod.z.array(_ids.id).optional()
});
const populationRecordedData = _zod.z.strictObject({
    partyId: _ids.id,
    year: _zod.z.number().int().min(1900).max(2200),
    population: _zod.z.number().int().min(0),
    source: _zod.z.string().trim().min(1)
});
const partyRenamedData = _zod.z.strictObject({
    partyId: _ids.id,
    name: _localizedtext.localizedText,
    effectiveOn: _zod1.calendarDate.optional()
});

//# sourceMappingURL=party.events.js.map