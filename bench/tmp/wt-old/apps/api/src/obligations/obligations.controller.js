"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ObligationsController", {
    enumerable: true,
    get: function() {
        return ObligationsController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _access = require("../auth/access");
const _apireadyourwrites = require("../read-models/api-read-your-writes");
const _obligationpages = require("../read-models/obligation-pages");
const _queryparams = require("../http/query-params");
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
let ObligationsController = class ObligationsController {
    constructor(queries, clock){
        this.queries = queries;
        this.clock = clock;
    }
    async list(response, on, knownAt, type, kind, party, limit, cursor) {
        const partyId = (0, _queryparams.idQuery)(party, 'party');
        (0, _obligationpages.answerJson)(response, await (0, _obligationpages.obligationsPage)(this.queries, this.clock, {
            partyId,
            on,
            knownAt,
            type,
            kind,
            limit,
            cursor
        }));
    }
};
_ts_decorate([
    (0, _common.Get)(),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    (0, _obligationpages.ApiObligationPages)(),
    (0, _swagger.ApiQuery)({
        name: 'party',
        required: false
    }),
    (0, _apireadyourwrites.ApiReadYourWrites)(),
    _ts_param(0, (0, _common.Res)()),
    _ts_param(1, (0, _common.Query)('on')),
    _ts_param(2, (0, _common.Query)('knownAt')),
    _ts_param(3, (0, _common.Query)('type')),
    _ts_param(4, (0, _common.Query)('kind')),
    _ts_param(5, (0, _common.Query)('party')),
    _ts_param(6, (0, _common.Query)('limit')),
    _ts_param(7, (0, _common.Query)('cursor')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Response === "undefined" ? Object : Response,
        String,
        String,
        String,
        String,
        String,
        String,
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], ObligationsController.prototype, "list", null);
ObligationsController = _ts_decorate([
    (0, _swagger.ApiTags)('obligations'),
    (0, _common.Controller)('v1/obligations'),
    _ts_param(1, (0, _common.Inject)(_registry.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus,
        typeof _registry.Clock === "undefined" ? Object : _registry.Clock
    ])
], ObligationsController);

//# sourceMappingURL=obligations.controller.js.map