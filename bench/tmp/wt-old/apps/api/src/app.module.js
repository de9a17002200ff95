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
    get AppModule () {
        return AppModule;
    },
    get withoutKey () {
        return withoutKey;
    }
});
const _common = require("@nestjs/common");
const _core = require("@nestjs/core");
const _throttler = require("@nestjs/throttler");
const _registry = require("../../../../../work/main/libs/registry/src");
const _nestjspino = require("nestjs-pino");
const _nodecrypto = require("node:crypto");
const _agreementscontroller = require("./agreements/agreements.controller");
const _auditcontroller = require("./audit/audit.controller");
const _access = require("./auth/access");
const _healthcontroller = require("./health/health.controller");
const _drain = require("./http/drain");
const _ratelimit = require("./http/rate-limit");
const _partiescontroller = require("./parties/parties.controller");
const _agreementqueriescontroller = require("./agreements/agreement-queries.controller");
const _deadlinescontroller = require("./deadlines/deadlines.controller");
const _obligationscontroller = require("./obligations/obligations.controller");
const _partyqueriescontroller = require("./parties/party-queries.controller");
const _minpositioninterceptor = require("./read-models/min-position.interceptor");
const _snapshotscontroller = require("./snapshots/snapshots.controller");
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
const REQUEST_ID = /^[\w.:-]{1,100}$/;
const withoutKey = (url)=>url?.replace(/([?&]key=)[^&]*/gi, '$1[redacted]');
let AppModule = class AppModule {
    static with({ config, store, keys, clock }) {
        return {
            module: AppModule,
            imports: [
                _registry.RegistryModule.forRoot({
                    store,
                    clock,
                    readModelsFile: config.readModelsFile
                }),
                _nestjspino.LoggerModule.forRoot({
                    pinoHttp: {
                        level: config.logLevel,
                        // The line per request is written at info; above that level, skip the bookkeeping that leads to it.
                        autoLogging: [
                            'trace',
                            'debug',
                            'info'
                        ].includes(config.logLevel),
                        genReqId: (request, response)=>{
                            const given = request.headers['x-request-id'];
                            const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : (0, _nodecrypto.randomUUID)();
                            response.setHeader('X-Request-Id', id);
                            return id;
                        },
                        // Keys are secrets: neither the header nor any echo of it may reach a log line.
                        redact: {
                            paths: [
                                'req.headers.authorization',
                                'req.headers.cookie',
                                'res.headers["set-cookie"]'
                            ],
                            remove: true
                        },
                        serializers: {
                            req: (req)=>({
                                    id: req.id,
                                    method: req.method,
                                    url: withoutKey(req.url)
                                })
                        }
                    }
                }),
                _throttler.ThrottlerModule.forRoot({
                    throttlers: [
                        {
                            ttl: 60_000,
                            limit: config.rateLimitPerMinute
                        }
                    ],
                    skipIf: ()=>config.rateLimitPerMinute === 0
                })
            ],
            controllers: [
                _healthcontroller.HealthController,
                _partiescontroller.PartiesController,
                _agreementscontroller.AgreementsController,
                _auditcontroller.AuditController,
                _partyqueriescontroller.PartyQueriesController,
                _obligationscontroller.ObligationsController,
                _agreementqueriescontroller.AgreementQueriesController,
                _deadlinescontroller.DeadlinesController,
                _snapshotscontroller.SnapshotsController
            ],
            providers: [
                {
                    provide: _registry.KeyRing,
                    useValue: keys
                },
                _drain.Drain,
                {
                    provide: _core.APP_GUARD,
                    useClass: _access.AccessGuard
                },
                {
                    provide: _core.APP_GUARD,
                    useClass: _ratelimit.RateLimitPerKey
                },
                {
                    provide: _core.APP_INTERCEPTOR,
                    useClass: _minpositioninterceptor.MinPositionInterceptor
                }
            ]
        };
    }
};
AppModule = _ts_decorate([
    (0, _common.Module)({})
], AppModule);

//# sourceMappingURL=app.module.js.map