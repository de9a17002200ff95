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
    get AuditController () {
        return AuditController;
    },
    get MAX_LOG_PAGE () {
        return MAX_LOG_PAGE;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodestream = require("node:stream");
const _promises = require("node:stream/promises");
const _access = require("../auth/access");
const _queryparams = require("../http/query-params");
const _problem = require("../http/problem");
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
const MAX_LOG_PAGE = 1000;
const DEFAULT_LOG_PAGE = 100;
const DIGEST = /^[0-9a-f]{64}$/;
let AuditController = class AuditController {
    constructor(queries){
        this.queries = queries;
    }
    log(after, limit) {
        const from = (0, _queryparams.integerQuery)(after, 'after', {
            min: 0,
            fallback: 0
        });
        const size = Math.min((0, _queryparams.integerQuery)(limit, 'limit', {
            min: 1,
            fallback: DEFAULT_LOG_PAGE
        }), MAX_LOG_PAGE);
        return this.queries.execute(new _registry.GetLog(from, size));
    }
    verify(heads, position) {
        if (heads !== undefined && (typeof heads !== 'string' || !DIGEST.test(heads))) {
            throw (0, _problem.fieldProblem)(400, 'invalid-query', [
                {
                    field: 'heads',
                    detail: 'must be a lowercase hex SHA-256 digest (64 characters)'
                }
            ]);
        }
        const at = (0, _queryparams.integerQuery)(position, 'position', {
            min: 0
        });
        if (at !== undefined && heads === undefined) {
            throw (0, _problem.fieldProblem)(400, 'invalid-query', [
                {
                    field: 'position',
                    detail: 'is the position of a heads digest: give heads too'
                }
            ]);
        }
        return this.queries.execute(new _registry.VerifyLog(heads === undefined ? {} : {
            expectedHeads: {
                digest: heads,
                position: at
            }
        }));
    }
    async export(response) {
        const chunks = await this.queries.execute(new _registry.ExportLog());
        response.status(200);
        response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
        response.setHeader('Content-Disposition', 'attachment; filename="pacta-export.ndjson"');
        // Not object mode: the stream holds at most one page beyond what the socket has taken.
        await (0, _promises.pipeline)(_nodestream.Readable.from(chunks, {
            objectMode: false
        }), response);
    }
};
_ts_decorate([
    (0, _common.Get)('events'),
    (0, _access.Access)('auditor'),
    (0, _swagger.ApiQuery)({
        name: 'after',
        required: false,
        description: 'global position to read after; default 0, the start of the log'
    }),
    (0, _swagger.ApiQuery)({
        name: 'limit',
        required: false,
        description: `events per page, 1–${MAX_LOG_PAGE} (larger values are capped); default ${DEFAULT_LOG_PAGE}`
    }),
    _ts_param(0, (0, _common.Query)('after')),
    _ts_param(1, (0, _common.Query)('limit')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Object
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AuditController.prototype, "log", null);
_ts_decorate([
    (0, _common.Get)('audit/verify'),
    (0, _access.Access)('auditor'),
    (0, _swagger.ApiQuery)({
        name: 'heads',
        required: false,
        description: 'a heads digest recorded earlier, to detect truncated streams'
    }),
    (0, _swagger.ApiQuery)({
        name: 'position',
        required: false,
        description: 'the log position that digest was recorded at; default the head'
    }),
    _ts_param(0, (0, _common.Query)('heads')),
    _ts_param(1, (0, _common.Query)('position')),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Object
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AuditController.prototype, "verify", null);
_ts_decorate([
    (0, _common.Get)('audit/export'),
    (0, _access.Access)('auditor'),
    (0, _swagger.ApiProduces)('application/x-ndjson'),
    _ts_param(0, (0, _common.Res)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Response === "undefined" ? Object : Response
    ]),
    _ts_metadata("design:returntype", Promise)
], AuditController.prototype, "export", null);
AuditController = _ts_decorate([
    (0, _swagger.ApiTags)('audit'),
    (0, _common.Controller)('v1'),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _cqrs.QueryBus === "undefined" ? Object : _cqrs.QueryBus
    ])
], AuditController);

//# sourceMappingURL=audit.controller.js.map