"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "createPacta", {
    enumerable: true,
    get: function() {
        return createPacta;
    }
});
const _core = require("@nestjs/core");
const _swagger = require("@nestjs/swagger");
const _helmet = /*#__PURE__*/ _interop_require_default(require("helmet"));
const _nestjspino = require("nestjs-pino");
const _eventstore = require("../../../../../work/main/libs/event-store/src");
const _registry = require("../../../../../work/main/libs/registry/src");
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _appmodule = require("./app.module");
const _bodyparsing = require("./http/body-parsing");
const _problem = require("./http/problem");
const _replayheader = require("./http/replay-header");
const _validation = require("./http/validation");
const _drain = require("./http/drain");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
/** A fresh install must be secured without a setup step: one key per role, kept only as hashes. */ async function ensureKeys(config) {
    const file = (0, _registry.keysFileIn)(config.dataDir);
    if (config.apiKeys.length > 0 || (0, _registry.readKeysFile)(file).keys.some((k)=>!k.revokedAt)) return [];
    const created = _registry.ACCESS_ROLES.map((role)=>(0, _registry.newKey)(role));
    (0, _registry.writeKeysFile)(file, {
        keys: await Promise.all(created.map((c)=>c.stored))
    });
    return created.map((c, i)=>({
            role: _registry.ACCESS_ROLES[i],
            key: c.key
        }));
}
async function openStore(config) {
    if (config.eventStore === 'sqlite') return _eventstore.SqliteEventStore.open((0, _nodepath.join)(config.dataDir, 'events.db'));
    if (config.eventStore === 'eventstoredb' && config.eventStoreConnectionString) {
        return (0, _eventstore.connectEventStoreDb)(config.eventStoreConnectionString);
    }
    throw new Error(`the ${config.eventStore} store is not available in this build`);
}
/**
 * Everything between the socket and the controllers: logger, headers, body parsing, validation, problem+json, docs.
 * Exported so the benchmark's app (the production modules plus its baseline routes) runs behind the same edge.
 */ function applyEdge(app) {
    app.use(app.get(_drain.Drain).refuseWhenDraining);
    app.useLogger(app.get(_nestjspino.Logger));
    app.disable('x-powered-by');
    // Express would hash every answer for a weak ETag; single resources set their own (the revision), lists need none.
    app.set('etag', false);
    app.use((0, _helmet.default)());
    app.use(_bodyparsing.jsonBodies);
    app.useGlobalPipes(_validation.validationPipe);
    app.useGlobalFilters(new _problem.ProblemFilter());
    app.useGlobalInterceptors(new _replayheader.ReplayHeader());
    const document = _swagger.SwaggerModule.createDocument(app, new _swagger.DocumentBuilder().setTitle('Pacta').setDescription('Registry of cooperation agreements between Finnish public bodies').setVersion('1').addBearerAuth().build());
    _swagger.SwaggerModule.setup('docs', app, document, {
        jsonDocumentUrl: 'openapi.json'
    });
}
async function createPacta(config, { clock, around = (production)=>production } = {}) {
    (0, _nodefs.mkdirSync)(config.dataDir, {
        recursive: true
    });
    const createdKeys = await ensureKeys(config);
    const store = await openStore(config);
    const keys = new _registry.KeyRing(config.apiKeys, (0, _registry.keysFileIn)(config.dataDir));
    const app = await _core.NestFactory.create(around(_appmodule.AppModule.with({
        config,
        store,
        keys,
        clock
    })), {
        bodyParser: false,
        bufferLogs: true,
        abortOnError: false
    });
    applyEdge(app);
    return {
        app,
        createdKeys
    };
}

//# sourceMappingURL=app.js.map