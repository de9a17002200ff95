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
    get AgreementPartyDto () {
        return AgreementPartyDto;
    },
    get CostShareDto () {
        return CostShareDto;
    },
    get DraftAgreementDto () {
        return DraftAgreementDto;
    },
    get EnterIntoForceDto () {
        return EnterIntoForceDto;
    },
    get FindingDto () {
        return FindingDto;
    },
    get JoinPartyDto () {
        return JoinPartyDto;
    },
    get ObligationDto () {
        return ObligationDto;
    },
    get RecordDecisionDto () {
        return RecordDecisionDto;
    },
    get RecordReviewDto () {
        return RecordReviewDto;
    },
    get RecordSignatureDto () {
        return RecordSignatureDto;
    },
    get ReviseDraftDto () {
        return ReviseDraftDto;
    },
    get SignatoryDto () {
        return SignatoryDto;
    },
    get TermDto () {
        return TermDto;
    },
    get TerminateAgreementDto () {
        return TerminateAgreementDto;
    },
    get TermsDto () {
        return TermsDto;
    },
    get VoteDto () {
        return VoteDto;
    },
    get WithdrawPartyDto () {
        return WithdrawPartyDto;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _fields = require("../http/fields");
const _partydto = require("../parties/party.dto");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
let TermDto = class TermDto {
};
_ts_decorate([
    (0, _fields.DateField)({
        example: '2026-01-01'
    }),
    _ts_metadata("design:type", String)
], TermDto.prototype, "startsOn", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        nullable: true,
        example: '2029-12-31',
        description: 'null: open-ended'
    }),
    _ts_metadata("design:type", Object)
], TermDto.prototype, "endsOn", void 0);
let AgreementPartyDto = class AgreementPartyDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], AgreementPartyDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.ROLES),
    _ts_metadata("design:type", typeof Role === "undefined" ? Object : Role)
], AgreementPartyDto.prototype, "role", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        optional: true,
        description: 'for a party that joins after the start'
    }),
    _ts_metadata("design:type", String)
], AgreementPartyDto.prototype, "joinsOn", void 0);
let CostShareDto = class CostShareDto {
};
_ts_decorate([
    (0, _fields.EnumField)(_domain.costShare.shape.basis.options),
    _ts_metadata("design:type", String)
], CostShareDto.prototype, "basis", void 0);
_ts_decorate([
    (0, _fields.IntField)(-5, 0, {
        optional: true,
        description: 'population year relative to the cost year; default -1'
    }),
    _ts_metadata("design:type", Number)
], CostShareDto.prototype, "populationYearOffset", void 0);
let ObligationDto = class ObligationDto {
};
_ts_decorate([
    (0, _fields.IdField)({
        example: 'premises'
    }),
    _ts_metadata("design:type", String)
], ObligationDto.prototype, "id", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.OBLIGATION_TYPES),
    _ts_metadata("design:type", typeof ObligationType === "undefined" ? Object : ObligationType)
], ObligationDto.prototype, "type", void 0);
_ts_decorate([
    (0, _fields.SelectorField)(),
    _ts_metadata("design:type", typeof Selector === "undefined" ? Object : Selector)
], ObligationDto.prototype, "obligor", void 0);
_ts_decorate([
    (0, _fields.SelectorField)({
        optional: true
    }),
    _ts_metadata("design:type", typeof Selector === "undefined" ? Object : Selector)
], ObligationDto.prototype, "beneficiary", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>_partydto.LocalizedTextDto),
    _ts_metadata("design:type", typeof _partydto.LocalizedTextDto === "undefined" ? Object : _partydto.LocalizedTextDto)
], ObligationDto.prototype, "description", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        optional: true
    }),
    _ts_metadata("design:type", String)
], ObligationDto.prototype, "validFrom", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        optional: true
    }),
    _ts_metadata("design:type", String)
], ObligationDto.prototype, "validTo", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.recurrence.options, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], ObligationDto.prototype, "recurrence", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>CostShareDto, {
        optional: true
    }),
    _ts_metadata("design:type", typeof CostShareDto === "undefined" ? Object : CostShareDto)
], ObligationDto.prototype, "costShare", void 0);
_ts_decorate([
    (0, _fields.TextField)(50, {
        optional: true,
        example: '3'
    }),
    _ts_metadata("design:type", String)
], ObligationDto.prototype, "clause", void 0);
let TermsDto = class TermsDto {
};
_ts_decorate([
    (0, _fields.NestedField)(()=>_partydto.LocalizedTextDto),
    _ts_metadata("design:type", typeof _partydto.LocalizedTextDto === "undefined" ? Object : _partydto.LocalizedTextDto)
], TermsDto.prototype, "title", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        optional: true,
        example: '441/00.04.02/2025'
    }),
    _ts_metadata("design:type", String)
], TermsDto.prototype, "diaryNumber", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>TermDto),
    _ts_metadata("design:type", typeof TermDto === "undefined" ? Object : TermDto)
], TermsDto.prototype, "term", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>AgreementPartyDto, {
        maxItems: 500
    }),
    _ts_metadata("design:type", Array)
], TermsDto.prototype, "parties", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>ObligationDto, {
        maxItems: 200
    }),
    _ts_metadata("design:type", Array)
], TermsDto.prototype, "obligations", void 0);
let DraftAgreementDto = class DraftAgreementDto extends TermsDto {
};
_ts_decorate([
    (0, _fields.IdField)({
        optional: true,
        description: 'generated when absent'
    }),
    _ts_metadata("design:type", String)
], DraftAgreementDto.prototype, "id", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.AGREEMENT_KINDS),
    _ts_metadata("design:type", String)
], DraftAgreementDto.prototype, "kind", void 0);
_ts_decorate([
    (0, _fields.IdField)({
        optional: true,
        description: 'the agreement this one renews'
    }),
    _ts_metadata("design:type", String)
], DraftAgreementDto.prototype, "predecessorId", void 0);
let ReviseDraftDto = class ReviseDraftDto {
};
_ts_decorate([
    (0, _fields.NestedField)(()=>TermsDto),
    _ts_metadata("design:type", typeof TermsDto === "undefined" ? Object : TermsDto)
], ReviseDraftDto.prototype, "terms", void 0);
let VoteDto = class VoteDto {
};
_ts_decorate([
    (0, _fields.IntField)(0, 1000),
    _ts_metadata("design:type", Number)
], VoteDto.prototype, "for", void 0);
_ts_decorate([
    (0, _fields.IntField)(0, 1000),
    _ts_metadata("design:type", Number)
], VoteDto.prototype, "against", void 0);
_ts_decorate([
    (0, _fields.IntField)(0, 1000, {
        optional: true
    }),
    _ts_metadata("design:type", Number)
], VoteDto.prototype, "abstained", void 0);
let RecordDecisionDto = class RecordDecisionDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        example: 'kunnanhallitus'
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "body", void 0);
_ts_decorate([
    (0, _fields.DateField)(),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "meetingDate", void 0);
_ts_decorate([
    (0, _fields.TextField)(50, {
        example: '§ 331'
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "section", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "diaryNumber", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "preparer", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "presenter", void 0);
_ts_decorate([
    (0, _fields.TextField)(10000, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], RecordDecisionDto.prototype, "proposal", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.OUTCOMES),
    _ts_metadata("design:type", typeof Outcome === "undefined" ? Object : Outcome)
], RecordDecisionDto.prototype, "outcome", void 0);
_ts_decorate([
    (0, _fields.BooleanField)({
        optional: true
    }),
    _ts_metadata("design:type", Boolean)
], RecordDecisionDto.prototype, "unanimous", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>VoteDto, {
        optional: true
    }),
    _ts_metadata("design:type", typeof VoteDto === "undefined" ? Object : VoteDto)
], RecordDecisionDto.prototype, "vote", void 0);
_ts_decorate([
    (0, _fields.IntField)(1, 100000),
    _ts_metadata("design:type", Number)
], RecordDecisionDto.prototype, "version", void 0);
let SignatoryDto = class SignatoryDto {
};
_ts_decorate([
    (0, _fields.TextField)(200),
    _ts_metadata("design:type", String)
], SignatoryDto.prototype, "name", void 0);
_ts_decorate([
    (0, _fields.TextField)(200, {
        example: 'kunnanjohtaja'
    }),
    _ts_metadata("design:type", String)
], SignatoryDto.prototype, "title", void 0);
let RecordSignatureDto = class RecordSignatureDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], RecordSignatureDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>SignatoryDto),
    _ts_metadata("design:type", typeof SignatoryDto === "undefined" ? Object : SignatoryDto)
], RecordSignatureDto.prototype, "signatory", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.signatureRecordedData.shape.authority.options),
    _ts_metadata("design:type", Object)
], RecordSignatureDto.prototype, "authority", void 0);
_ts_decorate([
    (0, _fields.DateField)(),
    _ts_metadata("design:type", String)
], RecordSignatureDto.prototype, "signedOn", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.signatureRecordedData.shape.method.options),
    _ts_metadata("design:type", Object)
], RecordSignatureDto.prototype, "method", void 0);
_ts_decorate([
    (0, _fields.IntField)(1, 100000),
    _ts_metadata("design:type", Number)
], RecordSignatureDto.prototype, "version", void 0);
let EnterIntoForceDto = class EnterIntoForceDto {
};
_ts_decorate([
    (0, _fields.IntField)(1, 100000),
    _ts_metadata("design:type", Number)
], EnterIntoForceDto.prototype, "version", void 0);
_ts_decorate([
    (0, _fields.DateField)(),
    _ts_metadata("design:type", String)
], EnterIntoForceDto.prototype, "effectiveFrom", void 0);
let JoinPartyDto = class JoinPartyDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], JoinPartyDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.ROLES),
    _ts_metadata("design:type", typeof Role === "undefined" ? Object : Role)
], JoinPartyDto.prototype, "role", void 0);
_ts_decorate([
    (0, _fields.DateField)(),
    _ts_metadata("design:type", String)
], JoinPartyDto.prototype, "joinsOn", void 0);
let WithdrawPartyDto = class WithdrawPartyDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], WithdrawPartyDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        description: 'the last day the party is bound'
    }),
    _ts_metadata("design:type", String)
], WithdrawPartyDto.prototype, "effectiveOn", void 0);
_ts_decorate([
    (0, _fields.TextField)(2000),
    _ts_metadata("design:type", String)
], WithdrawPartyDto.prototype, "reason", void 0);
let FindingDto = class FindingDto {
};
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], FindingDto.prototype, "obligationId", void 0);
_ts_decorate([
    (0, _fields.IdField)(),
    _ts_metadata("design:type", String)
], FindingDto.prototype, "partyId", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.FINDING_STATUSES),
    _ts_metadata("design:type", Object)
], FindingDto.prototype, "status", void 0);
_ts_decorate([
    (0, _fields.TextField)(5000, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], FindingDto.prototype, "note", void 0);
let RecordReviewDto = class RecordReviewDto {
};
_ts_decorate([
    (0, _fields.IntField)(1900, 2200),
    _ts_metadata("design:type", Number)
], RecordReviewDto.prototype, "year", void 0);
_ts_decorate([
    (0, _fields.DateField)(),
    _ts_metadata("design:type", String)
], RecordReviewDto.prototype, "heldOn", void 0);
_ts_decorate([
    (0, _fields.TextField)(500),
    _ts_metadata("design:type", String)
], RecordReviewDto.prototype, "meeting", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        optional: true
    }),
    _ts_metadata("design:type", String)
], RecordReviewDto.prototype, "nextReviewDue", void 0);
_ts_decorate([
    (0, _fields.TextListField)(100, 2000),
    _ts_metadata("design:type", Array)
], RecordReviewDto.prototype, "actions", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>FindingDto, {
        maxItems: 5000
    }),
    _ts_metadata("design:type", Array)
], RecordReviewDto.prototype, "findings", void 0);
let TerminateAgreementDto = class TerminateAgreementDto {
};
_ts_decorate([
    (0, _fields.DateField)({
        description: 'the last day the agreement binds'
    }),
    _ts_metadata("design:type", String)
], TerminateAgreementDto.prototype, "effectiveOn", void 0);
_ts_decorate([
    (0, _fields.TextField)(2000),
    _ts_metadata("design:type", String)
], TerminateAgreementDto.prototype, "reason", void 0);

//# sourceMappingURL=agreement.dto.js.map