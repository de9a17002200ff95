"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "PartiesController", {
    enumerable: true,
    get: function() {
        return PartiesController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _access = require("../auth/access");
const _etag = require("../http/etag");
const _commandcontext = require("../http/command-context");
const _idparam = require("../http/id-param");
const _partydto = require("./party.dto");
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
let PartiesController = class PartiesController {
    constructor(commands, queries){
        this.commands = commands;
        this.queries = queries;
    }
    register(body, context) {
        const { id, type, ...rest } = body;
        return this.commands.execute(new _registry.ChangeParty({
            type: 'RegisterParty',
            partyId: id,
            partyType: type,
            ...rest
        }, context));
    }
    recordPopulation(id, body, context) {
        return this.commands.execute(new _registry.ChangeParty({
            type: 'RecordPopulation',
            partyId: id,
            ...body
        }, context));
    }
    rename(id, body, context) {
        return this.commands.execute(new _registry.ChangeParty({
            type: 'RenameParty',
            partyId: id,
            ...body
        }, context));
    }
    async get(id, request, response) {
        const party = await this.queries.execute(new _registry.GetParty(id));
        if (!party) throw new _common.NotFoundException(`party ${id} is not registered`);
        return (0, _etag.withETag)(request, response, party.revision, party);
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
        typeof _partydto.RegisterPartyDto === "undefined" ? Object : _partydto.RegisterPartyDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], PartiesController.prototype, "register", null);
_ts_decorate([
    (0, _common.Post)(':id/populations'),
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
        typeof _partydto.RecordPopulationDto === "undefined" ? Object : _partydto.RecordPopulationDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], PartiesController.prototype, "recordPopulation", null);
_ts_decorate([
    (0, _common.Post)(':id/names'),
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
        typeof _partydto.RenamePartyDto === "undefined" ? Object : _partydto.RenamePartyDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", void 0)
], PartiesController.prototype, "rename", null);
_ts_decorate([
    (0, _common.Get)(':id'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Req)()),
    _ts_param(2, (0, _common.Res)({
        passthrough: true
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Request === "undefined" ? Object : Request,
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", Promise)
], PartiesController.prototype, "get", null);
PartiesController = _ts_decorate([
    (0, _swagger.ApiTags)('parties'),
    (0, _common.Controller)('v1/parties'),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.CommandBus === "undefined" ? Object : _cqrs.CommandBus,
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus
    ])
], PartiesController);

//# sourceMappingURL=parties.controller.js.map