"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BaselineController", {
    enumerable: true,
    get: function() {
        return BaselineController;
    }
});
const _common = require("@nestjs/common");
const _access = require("../../apps/api/src/auth/access");
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
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let BaselineController = class BaselineController {
    post(body) {
        return {
            id: body.partyId ?? 'baseline',
            revision: 0,
            position: 0
        };
    }
    get() {
        return {
            obligations: []
        };
    }
};
_ts_decorate([
    (0, _common.Post)('baseline'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    _ts_param(0, (0, _common.Body)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object
    ]),
    _ts_metadata("design:returntype", void 0)
], BaselineController.prototype, "post", null);
_ts_decorate([
    (0, _common.Get)('baseline'),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", []),
    _ts_metadata("design:returntype", void 0)
], BaselineController.prototype, "get", null);
BaselineController = _ts_decorate([
    (0, _common.Controller)('bench')
], BaselineController);

//# sourceMappingURL=baseline.controller.js.map