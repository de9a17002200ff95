"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AgreementsController", {
    enumerable: true,
    get: function() {
        return AgreementsController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodecrypto = require("node:crypto");
const _access = require("../auth/access");
const _commandcontext = require("../http/command-context");
const _etag = require("../http/etag");
const _idparam = require("../http/id-param");
const _queryparams = require("../http/query-params");
const _problem = require("../http/problem");
const _agreementdto = require("./agreement.dto");
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
/** A replayed draft without an id must land on the same stream, so its id derives from the idempotency key. */ function newAgreementId(context) {
    const seed = context.idempotency ? `${context.actor}\n${context.idempotency.key}` : (0, _nodecrypto.randomBytes)(16).toString('hex');
    return `ag-${(0, _nodecrypto.createHash)('sha256').update(seed).digest('hex').slice(0, 16)}`;
}
let AgreementsController = class AgreementsController {
    constructor(commands, queries, clock){
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }
    change(request, context) {
        return this.commands.execute(new _registry.ChangeAgreement(request, context));
    }
    draft(body, context) {
        const { id, kind, predecessorId, ...terms } = body;
        return this.change({
            type: 'DraftAgreement',
            agreementId: id ?? newAgreementId(context),
            kind,
            predecessorId,
            terms
        }, context);
    }
    revise(id, body, context) {
        return this.change({
            type: 'ReviseDraft',
            agreementId: id,
            terms: body.terms
        }, context).catch((0, _problem.fieldsUnder)('terms'));
    }
    recordDecision(id, body, context) {
        return this.change({
            type: 'RecordDecision',
            agreementId: id,
            ...body
        }, context);
    }
    recordSignature(id, body, context) {
        return this.change({
            type: 'RecordSignature',
            agreementId: id,
            ...body
        }, context);
    }
    enterIntoForce(id, body, context) {
        return this.change({
            type: 'EnterIntoForce',
            agreementId: id,
            ...body
        }, context);
    }
    join(id, body, context) {
        return this.change({
            type: 'JoinParty',
            agreementId: id,
            ...body
        }, context);
    }
    withdraw(id, body, context) {
        return this.change({
            type: 'WithdrawParty',
            agreementId: id,
            ...body
        }, context);
    }
    review(id, body, context) {
        return this.change({
            type: 'RecordReview',
            agreementId: id,
            ...body
        }, context);
    }
    terminate(id, body, context) {
        return this.change({
            type: 'TerminateAgreement',
            agreementId: id,
            ...body
        }, context);
    }
    async get(id, on, knownAt, version, request, response) {
        const date = (0, _queryparams.dateQuery)(on, 'on') ?? (0, _registry.registryDate)(this.clock.now());
        const options = {
            knownAt: (0, _queryparams.knownAtQuery)(knownAt),
            version: (0, _queryparams.integerQuery)(version, 'version', {
                min: 1
            })
        };
        let agreement;
        try {
            agreement = await this.queries.execute(new _registry.GetAgreement(id, date, options));
        } catch (error) {
            if (!(error instanceof _registry.VersionNotFound)) throw error;
            throw (0, _problem.fieldProblem)(404, 'version-not-found', [
                {
                    field: 'version',
                    detail: `agreement ${id} has no version ${error.version}${knownAt === undefined ? '' : ' at knownAt'}`
                }
            ]);
        }
        if (!agreement) throw new _common.NotFoundException(`agreement ${id} ${knownAt === undefined ? 'does not exist' : 'was not recorded yet at knownAt'}`);
        return (0, _etag.withETag)(request, response, agreement.revision, agreement);
    }
    async events(id) {
        const events = await this.queries.execute(new _registry.GetAgreementEvents(id));
        if (!events) throw new _common.NotFoundException(`agreement ${id} does not exist`);
        return {
            agreementId: id,
            events: events.map(_registry.envelopeOf)
        };
    }
};
_ts_decorate([
    (0, _common.Post)(),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _common.Body)()),
    _ts_param(1, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _agreementdto.DraftAgreementDto === "undefined" ? Object : _agreementdto.DraftAgreementDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "draft", null);
_ts_decorate([
    (0, _common.Post)(':id/revisions'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.ReviseDraftDto === "undefined" ? Object : _agreementdto.ReviseDraftDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "revise", null);
_ts_decorate([
    (0, _common.Post)(':id/decisions'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.RecordDecisionDto === "undefined" ? Object : _agreementdto.RecordDecisionDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "recordDecision", null);
_ts_decorate([
    (0, _common.Post)(':id/signatures'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.RecordSignatureDto === "undefined" ? Object : _agreementdto.RecordSignatureDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "recordSignature", null);
_ts_decorate([
    (0, _common.Post)(':id/entry-into-force'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.EnterIntoForceDto === "undefined" ? Object : _agreementdto.EnterIntoForceDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "enterIntoForce", null);
_ts_decorate([
    (0, _common.Post)(':id/parties'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.JoinPartyDto === "undefined" ? Object : _agreementdto.JoinPartyDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "join", null);
_ts_decorate([
    (0, _common.Post)(':id/withdrawals'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.WithdrawPartyDto === "undefined" ? Object : _agreementdto.WithdrawPartyDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "withdraw", null);
_ts_decorate([
    (0, _common.Post)(':id/reviews'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.RecordReviewDto === "undefined" ? Object : _agreementdto.RecordReviewDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "review", null);
_ts_decorate([
    (0, _common.Post)(':id/termination'),
    (0, _common.HttpCode)(201),
    (0, _access.Access)('registrar'),
    (0, _idparam.ApiIdParam)(),
    (0, _commandcontext.CommandHeaders)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Body)()),
    _ts_param(2, (0, _commandcontext.Context)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _agreementdto.TerminateAgreementDto === "undefined" ? Object : _agreementdto.TerminateAgreementDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], AgreementsController.prototype, "terminate", null);
_ts_decorate([
    (0, _common.Get)(':id'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    (0, _swagger.ApiQuery)({
        name: 'on',
        required: false,
        description: 'valid-time date for the status; default today'
    }),
    (0, _swagger.ApiQuery)({
        name: 'knownAt',
        required: false,
        description: 'recorded time: a log position or an instant; the state as the registry held it then'
    }),
    (0, _swagger.ApiQuery)({
        name: 'version',
        required: false,
        description: "a version number: that version's terms, decisions and signatures"
    }),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Query)('on')),
    _ts_param(2, (0, _common.Query)('knownAt')),
    _ts_param(3, (0, _common.Query)('version')),
    _ts_param(4, (0, _common.Req)()),
    _ts_param(5, (0, _common.Res)({
        passthrough: true
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Object,
        Object,
        Object,
        typeof Request === "undefined" ? Object : Request,
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", Promise)
], AgreementsController.prototype, "get", null);
_ts_decorate([
    (0, _common.Get)(':id/events'),
    (0, _access.Access)('registrar', 'auditor'),
    (0, _idparam.ApiIdParam)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], AgreementsController.prototype, "events", null);
AgreementsController = _ts_decorate([
    (0, _swagger.ApiTags)('agreements'),
    (0, _common.Controller)('v1/agreements'),
    _ts_param(2, (0, _common.Inject)(_registry.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.CommandBus === "undefined" ? Object : _cqrs.CommandBus,
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus,
        typeof _registry.Clock === "undefined" ? Object : _registry.Clock
    ])
], AgreementsController);

//# sourceMappingURL=agreements.controller.js.map