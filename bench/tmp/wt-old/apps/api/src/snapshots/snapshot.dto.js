"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "GenerateSnapshotDto", {
    enumerable: true,
    get: function() {
        return GenerateSnapshotDto;
    }
});
const _swagger = require("@nestjs/swagger");
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
const IsSnapshotScope = ()=>(0, _fields.Satisfies)('isSnapshotScope', '$property must be one of {"agreementId": id}, {"partyId": id} or {"kind": kind}', (value)=>_domain.snapshotScope.safeParse(value).success);
let GenerateSnapshotDto = class GenerateSnapshotDto {
};
_ts_decorate([
    (0, _swagger.ApiProperty)({
        oneOf: [
            {
                type: 'object',
                properties: {
                    agreementId: {
                        type: 'string'
                    }
                },
                required: [
                    'agreementId'
                ]
            },
            {
                type: 'object',
                properties: {
                    partyId: {
                        type: 'string'
                    }
                },
                required: [
                    'partyId'
                ]
            },
            {
                type: 'object',
                properties: {
                    kind: {
                        type: 'string'
                    }
                },
                required: [
                    'kind'
                ]
            }
        ],
        description: 'one agreement, one party across agreements, or every agreement of a kind'
    }),
    IsSnapshotScope(),
    _ts_metadata("design:type", typeof SnapshotScope === "undefined" ? Object : SnapshotScope)
], GenerateSnapshotDto.prototype, "scope", void 0);
_ts_decorate([
    (0, _fields.DateField)({
        description: 'the date whose status the snapshot shows'
    }),
    _ts_metadata("design:type", String)
], GenerateSnapshotDto.prototype, "on", void 0);
_ts_decorate([
    (0, _fields.TextField)(200),
    _ts_metadata("design:type", String)
], GenerateSnapshotDto.prototype, "title", void 0);
_ts_decorate([
    (0, _fields.IntField)(1, Number.MAX_SAFE_INTEGER, {
        optional: true,
        description: 'the log position to reflect; default the head'
    }),
    _ts_metadata("design:type", Number)
], GenerateSnapshotDto.prototype, "atPosition", void 0);

//# sourceMappingURL=snapshot.dto.js.map