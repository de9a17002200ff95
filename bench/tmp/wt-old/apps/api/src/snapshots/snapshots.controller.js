"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SnapshotsController", {
    enumerable: true,
    get: function() {
        return SnapshotsController;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _access = require("../auth/access");
const _commandcontext = require("../http/command-context");
const _idparam = require("../http/id-param");
const _problem = require("../http/problem");
const _snapshotdto = require("./snapshot.dto");
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
const CONTENT_TYPES = {
    json: 'application/json; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    html: 'text/html; charset=utf-8'
};
let SnapshotsController = class SnapshotsController {
    constructor(commands, queries){
        this.commands = commands;
        this.queries = queries;
    }
    async generate(body, context) {
        return this.commands.execute(new _registry.GenerateStatusSnapshot(body, context));
    }
    json(id, response) {
        return this.form(id, 'json', response);
    }
    markdown(id, response) {
        return this.form(id, 'md', response);
    }
    html(id, response) {
        return this.form(id, 'html', response);
    }
    async metadata(id) {
        const record = await this.queries.execute(new _registry.GetSnapshot(id));
        if (!record) throw new _domain.SnapshotNotFound(`snapshot ${id} does not exist`);
        const path = `/v1/snapshots/${id}`;
        return {
            ...record,
            forms: {
                json: `${path}.json`,
                md: `${path}.md`,
                html: `${path}.html`
            }
        };
    }
    async form(id, form, response) {
        try {
            const { record, body } = await this.queries.execute(new _registry.RenderSnapshot(id, form));
            response.setHeader('Content-Type', CONTENT_TYPES[form]);
            response.setHeader('Content-Disposition', `inline; filename="${id}.${form}"`);
            // The JSON's bytes are fixed by the recorded digest; the other forms change with their templates.
            if (form === 'json') response.setHeader('ETag', `"${record.sha256}"`);
            return body;
        } catch (error) {
            if (!(error instanceof _registry.SnapshotNotReproducible)) throw error;
            throw new _problem.ProblemException({
                status: 500,
                code: 'snapshot-not-reproducible',
                detail: error.message
            });
        }
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
        typeof _snapshotdto.GenerateSnapshotDto === "undefined" ? Object : _snapshotdto.GenerateSnapshotDto,
        typeof _registry.CommandContext === "undefined" ? Object : _registry.CommandContext
    ]),
    _ts_metadata("design:returntype", Promise)
], SnapshotsController.prototype, "generate", null);
_ts_decorate([
    (0, _common.Get)(':id.json'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    (0, _swagger.ApiProduces)('application/json'),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Res)({
        passthrough: true
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", void 0)
], SnapshotsController.prototype, "json", null);
_ts_decorate([
    (0, _common.Get)(':id.md'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    (0, _swagger.ApiProduces)('text/markdown'),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Res)({
        passthrough: true
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", void 0)
], SnapshotsController.prototype, "markdown", null);
_ts_decorate([
    (0, _common.Get)(':id.html'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    (0, _swagger.ApiProduces)('text/html'),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_param(1, (0, _common.Res)({
        passthrough: true
    })),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", void 0)
], SnapshotsController.prototype, "html", null);
_ts_decorate([
    (0, _common.Get)(':id'),
    (0, _access.Access)(..._access.READERS_OF_REGISTRY),
    (0, _idparam.ApiIdParam)(),
    _ts_param(0, (0, _idparam.IdParam)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String
    ]),
    _ts_metadata("design:returntype", Promise)
], SnapshotsController.prototype, "metadata", null);
SnapshotsController = _ts_decorate([
    (0, _swagger.ApiTags)('snapshots'),
    (0, _common.Controller)('v1/snapshots'),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.CommandBus === "undefined" ? Object : _cqrs.CommandBus,
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus
    ])
], SnapshotsController);

//# sourceMappingURL=snapshots.controller.js.map