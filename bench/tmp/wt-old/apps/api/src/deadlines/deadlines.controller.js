"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "DeadlinesController", {
    enumerable: true,
    get: function() {
        return DeadlinesController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _projections = require("../../../../../../work/main/libs/projections/src");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _icalgenerator = /*#__PURE__*/ _interop_require_default(require("ical-generator"));
const _queryparams = require("../http/query-params");
const _access = require("../auth/access");
const _problem = require("../http/problem");
const _apireadyourwrites = require("../read-models/api-read-your-writes");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
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
function summaryOf(deadline) {
    return `${_projections.DEADLINE_LABELS[deadline.type].en}${deadline.partyId ? `: ${deadline.partyId}` : ''} — ${deadline.title.fi}`;
}
let DeadlinesController = class DeadlinesController {
    constructor(queries, clock){
        this.queries = queries;
        this.clock = clock;
    }
    range(from, to) {
        const range = {
            from: (0, _queryparams.dateQuery)(from, 'from'),
            to: (0, _queryparams.dateQuery)(to, 'to')
        };
        if (range.from && range.to && range.to < range.from) {
            throw (0, _problem.fieldProblem)(400, 'invalid-query', [
                {
                    field: 'to',
                    detail: `must not be before from (${range.from})`
                }
            ]);
        }
        return range;
    }
    async list(from, to) {
        const range = this.range(from ?? (0, _registry.registryDate)(this.clock.now()), to);
        const deadlines = await this.queries.execute(new _registry.ListDeadlines(range.from, range.to));
        return {
            from: range.from,
            to: range.to ?? null,
            deadlines
        };
    }
    /** Every deadline, past ones included, so a subscribed calendar keeps its history; from/to narrow it. */ async calendar(from, to) {
        const range = this.range(from, to);
        const deadlines = await this.queries.execute(new _registry.ListDeadlines(range.from, range.to));
        const calendar = (0, _icalgenerator.default)({
            name: 'Pacta — määräajat / deadlines',
            prodId: {
                company: 'pacta',
                product: 'deadlines',
                language: 'FI'
            }
        });
        const stamp = this.clock.now();
        for (const deadline of deadlines){
            calendar.createEvent({
                id: `${deadline.type}.${deadline.agreementId}.${deadline.partyId ?? 'all'}.${deadline.date}@pacta`,
                start: deadline.date,
                allDay: true,
                stamp,
                summary: summaryOf(deadline),
                description: `${deadline.kind} agreement ${deadline.agreementId}${deadline.reviewYear ? `, set by the ${deadline.reviewYear} review` : ''}`,
                categories: [
                    {
                        name: deadline.type
                    }
                ]
            });
        }
        return calendar.toString();
    }
};
_ts_decorate([
    (0, _common.Get)('deadlines'),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    (0, _swagger.ApiQuery)({
        name: 'from',
        required: false,
        description: 'first date, inclusive; default today'
    }),
    (0, _swagger.ApiQuery)({
        name: 'to',
        required: false,
        description: 'last date, inclusive; default open'
    }),
    (0, _apireadyourwrites.ApiReadYourWrites)(),
    _ts_param(0, (0, _common.Query)('from')),
    _ts_param(1, (0, _common.Query)('to')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], DeadlinesController.prototype, "list", null);
_ts_decorate([
    (0, _common.Get)('deadlines.ics'),
    (0, _access.Access)('registrar', 'legal', 'auditor'),
    (0, _access.KeyInQueryAllowed)(),
    (0, _swagger.ApiQuery)({
        name: 'key',
        required: false,
        description: 'the API key, for calendar programs that subscribe by URL and cannot send Authorization'
    }),
    (0, _common.Header)('Content-Type', 'text/calendar; charset=utf-8'),
    (0, _common.Header)('Content-Disposition', 'inline; filename="pacta-deadlines.ics"'),
    (0, _swagger.ApiProduces)('text/calendar'),
    (0, _swagger.ApiQuery)({
        name: 'from',
        required: false
    }),
    (0, _swagger.ApiQuery)({
        name: 'to',
        required: false
    }),
    (0, _apireadyourwrites.ApiReadYourWrites)(),
    _ts_param(0, (0, _common.Query)('from')),
    _ts_param(1, (0, _common.Query)('to')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], DeadlinesController.prototype, "calendar", null);
DeadlinesController = _ts_decorate([
    (0, _swagger.ApiTags)('deadlines'),
    (0, _common.Controller)('v1'),
    _ts_param(1, (0, _common.Inject)(_registry.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus,
        typeof _registry.Clock === "undefined" ? Object : _registry.Clock
    ])
], DeadlinesController);

//# sourceMappingURL=deadlines.controller.js.map