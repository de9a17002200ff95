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
    get LocalizedTextDto () {
        return LocalizedTextDto;
    },
    get RecordPopulationDto () {
        return RecordPopulationDto;
    },
    get RegisterPartyDto () {
        return RegisterPartyDto;
    },
    get RenamePartyDto () {
        return RenamePartyDto;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _fields = require("../http/fields");
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
let LocalizedTextDto = class LocalizedTextDto {
};
_ts_decorate([
    (0, _fields.TextField)(500, {
        example: 'Jyväskylän kaupunki'
    }),
    _ts_metadata("design:type", String)
], LocalizedTextDto.prototype, "fi", void 0);
_ts_decorate([
    (0, _fields.TextField)(500, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], LocalizedTextDto.prototype, "sv", void 0);
_ts_decorate([
    (0, _fields.TextField)(500, {
        optional: true
    }),
    _ts_metadata("design:type", String)
], LocalizedTextDto.prototype, "en", void 0);
let RegisterPartyDto = class RegisterPartyDto {
};
_ts_decorate([
    (0, _fields.IdField)({
        example: 'jyvaskyla'
    }),
    _ts_metadata("design:type", String)
], RegisterPartyDto.prototype, "id", void 0);
_ts_decorate([
    (0, _fields.NestedField)(()=>LocalizedTextDto),
    _ts_metadata("design:type", typeof LocalizedTextDto === "undefined" ? Object : LocalizedTextDto)
], RegisterPartyDto.prototype, "name", void 0);
_ts_decorate([
    (0, _fields.EnumField)(_domain.PARTY_TYPES),
    _ts_metadata("design:type", typeof PartyType === "undefined" ? Object : PartyType)
], RegisterPartyDto.prototype, "type", void 0);
_ts_decorate([
    (0, _fields.TextField)(3, {
        optional: true,
        example: '179',
        description: 'Statistics Finland municipality code'
    }),
    _ts_metadata("design:type", String)
], RegisterPartyDto.prototype, "municipalityCode", void 0);
_ts_decorate([
    (0, _fields.TextField)(9, {
        optional: true,
        example: '0208201-1',
        description: 'Y-tunnus; the check digit must verify'
    }),
    _ts_metadata("design:type", String)
], RegisterPartyDto.prototype, "businessId", void 0);
_ts_decorate([
    (0, _fields.IdListField)(500, {
        optional: true,
        description: 'Member municipalities of a joint authority or union'
    }),
    _ts_metadata("design:type", Array)
], RegisterPartyDto.prototype, "memberIds", void 0);
let RecordPopulationDto = class RecordPopulationDto {
};
_ts_decorate([
    (0, _fields.IntField)(1900, 2200, {
        example: 2020
    }),
    _ts_metadata("design:type", Number)
], RecordPopulationDto.prototype, "year", void 0);
_ts_decorate([
    (0, _fields.IntField)(0, 100_000_000, {
        example: 12345
    }),
    _ts_metadata("design:type", Number)
], RecordPopulationDto.prototype, "population", void 0);
_ts_decorate([
    (0, _fields.TextField)(500, {
        example: 'Tilastokeskus, väestö 31.12.2020'
    }),
    _ts_metadata("design:type", String)
], RecordPopulationDto.prototype, "source", void 0);
let RenamePartyDto = class RenamePartyDto {
};
_ts_decorate([
    (0, _fields.NestedField)(()=>LocalizedTextDto),
    _ts_metadata("design:type", typeof LocalizedTextDto === "undefined" ? Object : LocalizedTextDto)
], RenamePartyDto.prototype, "name", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        optional: true
    }),
    _ts_metadata("design:type", String)
], RenamePartyDto.prototype, "effectiveOn", void 0);

//# sourceMappingURL=party.dto.js.map