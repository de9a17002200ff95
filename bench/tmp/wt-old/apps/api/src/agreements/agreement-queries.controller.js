"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AgreementQueriesController", {
    enumerable: true,
    get: function() {
        return AgreementQueriesController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _access = require("../auth/access");
const _idparam = require("../http/id-param");
const _problem = require("../http/problem");
const _apireadyourwrites = require("../read-models/api-read-your-writes");
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
let AgreementQueriesController = class AgreementQueriesController {
    constructor(queries, clock){
        this.queries = queries;
        this.clock = clock;
    }
    async list(party, kind, status, on) {
        const date = (0, _queryparams.dateQuery)(on, 'on') ?? (0, _registry.registryDate)(this.clock.now());
        const agreements = await this.queries.execute(new _registry.ListAgreements({
            on: date,
            partyId: (0, _queryparams.idQuery)(party, 'party'),
            kind: (0, _queryparams.kindQuery)(kind),
            status: (0, _queryparams.statusQuery)(status)
        }));
        return {
            on: date,
            agreements
        };
    }
    async costShares(id, year, total, populationYear) {
        const costYear = (0, _queryparams.yearQuery)(year, 'year');
        if (costYear === undefined) throw (0, _problem.fieldProblem)(400, 'invalid-query', [
            {
                field: 'year',
                detail: 'is required'
            }
        ]);
        if (typeof total !== 'string') throw (0, _problem.fieldProblem)(400, 'invalid-query', [
            {
                field: 'total',
                detail: 'is required, e.g. 100000.00'
            }
        ]);
        return this.queries.execute(new _registry.GetCostShares(id, costYear, total, (0, _queryparams.yearQuery)(populationYear, 'populationYear')));
    }
};
_ts_decorate([
    (0, _common.Get)(),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    (0, _swagger.ApiQuery)({
        name: 'party',
        required: false
    }),
    (0, _swagger.ApiQuery)({
        name: 'kind',
        required: false
    }),
    (0, _swagger.ApiQuery)({
        name: 'status',
        required: false,
        description: 'status on the date `on`'
    }),
    (0, _swagger.ApiQuery)({
        name: 'on',
        required: false,
        description: 'default today'
    }),
    (0, _apireadyourwrites.ApiReadYourWrites)(),
    _ts_param(0, (0, _common.Query)('party')),
    _ts_param(1, (0, _common.Query)('kind')),
    _ts_param(2, (0, _common.Query)('status')),
    _ts_param(3, (0, _common.Query)('on')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        String,
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], AgreementQueriesController.prototype, "list", null);
_ts_decorate([
    (0, _common.Get)(':id/cost-shares'),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    (0, _idparam.ApiIdParam)(),
    (0, _swagger.ApiQuery)({
        name: 'year',
        required: true,
        description: 'the cost year'
    }),
    (0, _swagger.ApiQuery)({
        name: 'total',
        required: true,
        description: 'the year’s total in euros, e.g. 100000.00'
    }),
    (0, _swagger.ApiQuery)({
        name: 'populationYear',
        required: false,
        description: 'default: year − 1'
    }),
    (0, _apireadyourwrites.ApiReadYourWrites)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Query)('year')),
    _ts_param(2, (0, _common.Query)('total')),
    _ts_param(3, (0, _common.Query)('populationYear')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        String,
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], AgreementQueriesController.prototype, "costShares", null);
AgreementQueriesController = _ts_decorate([
    (0, _swagger.ApiTags)('agreements'),
    (0, _common.Controller)('v1/agreements'),
    _ts_param(1, (0, _common.Inject)(_registry.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus,
        typeof _registry.Clock === "undefined" ? Object : _registry.Clock
    ])
], AgreementQueriesController);

//# sourceMappingURL=agreement-queries.controller.js.map