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
    get GetCostShares () {
        return GetCostShares;
    },
    get GetCostSharesHandler () {
        return GetCostSharesHandler;
    },
    get ListAgreements () {
        return ListAgreements;
    },
    get ListAgreementsHandler () {
        return ListAgreementsHandler;
    },
    get ListDeadlines () {
        return ListDeadlines;
    },
    get ListDeadlinesHandler () {
        return ListDeadlinesHandler;
    },
    get ListObligations () {
        return ListObligations;
    },
    get ListObligationsHandler () {
        return ListObligationsHandler;
    },
    get ListParties () {
        return ListParties;
    },
    get ListPartiesHandler () {
        return ListPartiesHandler;
    },
    get READ_MODEL_QUERY_HANDLERS () {
        return READ_MODEL_QUERY_HANDLERS;
    }
});
const _cqrs = require("@nestjs/cqrs");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _projections = require("../../../../../../work/main/libs/projections/src");
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
let ListParties = class ListParties extends _cqrs.Query {
    constructor(type){
        super(), this.type = type;
    }
};
let ListPartiesHandler = class ListPartiesHandler {
    constructor(readModels){
        this.readModels = readModels;
    }
    async execute({ type }) {
        return this.readModels.parties(type);
    }
};
ListPartiesHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(ListParties),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries
    ])
], ListPartiesHandler);
let ListObligations = class ListObligations extends _cqrs.Query {
    constructor(filter, page = {}){
        super(), this.filter = filter, this.page = page;
    }
};
let ListObligationsHandler = class ListObligationsHandler {
    constructor(readModels){
        this.readModels = readModels;
    }
    async execute({ filter, page }) {
        const answer = this.readModels.obligationsPageJson(filter, page);
        if (!answer) throw new _domain.PartyNotFound(`party ${filter.partyId} is not registered`);
        return answer;
    }
};
ListObligationsHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(ListObligations),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries
    ])
], ListObligationsHandler);
let ListAgreements = class ListAgreements extends _cqrs.Query {
    constructor(filter){
        super(), this.filter = filter;
    }
};
let ListAgreementsHandler = class ListAgreementsHandler {
    constructor(readModels){
        this.readModels = readModels;
    }
    async execute({ filter }) {
        return this.readModels.agreements(filter);
    }
};
ListAgreementsHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(ListAgreements),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries
    ])
], ListAgreementsHandler);
let GetCostShares = class GetCostShares extends _cqrs.Query {
    constructor(agreementId, year, total, populationYear){
        super(), this.agreementId = agreementId, this.year = year, this.total = total, this.populationYear = populationYear;
    }
};
let GetCostSharesHandler = class GetCostSharesHandler {
    constructor(readModels){
        this.readModels = readModels;
    }
    async execute({ agreementId, year, total, populationYear }) {
        const found = this.readModels.agreementState(agreementId);
        if (!found) throw new _domain.AgreementNotFound(`agreement ${agreementId} does not exist`);
        return (0, _projections.costSharesForYear)(found.state, year, (0, _domain.parseMoney)(total, 'total'), this.readModels.populationLookup(), populationYear);
    }
};
GetCostSharesHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetCostShares),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries
    ])
], GetCostSharesHandler);
let ListDeadlines = class ListDeadlines extends _cqrs.Query {
    constructor(from, to){
        super(), this.from = from, this.to = to;
    }
};
let ListDeadlinesHandler = class ListDeadlinesHandler {
    constructor(readModels){
        this.readModels = readModels;
    }
    async execute({ from, to }) {
        return this.readModels.deadlines(from, to);
    }
};
ListDeadlinesHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(ListDeadlines),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries
    ])
], ListDeadlinesHandler);
const READ_MODEL_QUERY_HANDLERS = [
    ListPartiesHandler,
    ListObligationsHandler,
    ListAgreementsHandler,
    GetCostSharesHandler,
    ListDeadlinesHandler
];

//# sourceMappingURL=read-model.queries.js.map