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
    get ConfigError () {
        return ConfigError;
    },
    get loadConfig () {
        return loadConfig;
    }
});
const _registry = require("../../../../../work/main/libs/registry/src");
const _projections = require("../../../../../work/main/libs/projections/src");
const _nodepath = require("node:path");
const LOG_LEVELS = [
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent'
];
let ConfigError = class ConfigError extends Error {
    constructor(problems){
        super(`Pacta cannot start; fix its configuration:\n${problems.map((p)=>`  - ${p}`).join('\n')}`), this.problems = problems;
    }
};
function loadConfig(env) {
    const problems = [];
    const port = Number(env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number 0–65535, not "${env.PORT}"`);
    const eventStore = env.PACTA_EVENT_STORE ?? 'sqlite';
    if (![
        'sqlite',
        'eventstoredb'
    ].includes(eventStore)) {
        problems.push(`PACTA_EVENT_STORE must be sqlite or eventstoredb, not "${env.PACTA_EVENT_STORE}"`);
    }
    if (eventStore === 'eventstoredb' && !env.EVENTSTORE_CONNECTION_STRING) {
        problems.push('PACTA_EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false');
    }
    const rateLimitPerMinute = Number(env.PACTA_RATE_LIMIT ?? 6000);
    if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 0) {
        problems.push(`PACTA_RATE_LIMIT must be a whole number of requests a minute per key (0: no limit), not "${env.PACTA_RATE_LIMIT}"`);
    }
    const logLevel = env.PACTA_LOG_LEVEL ?? 'info';
    if (!LOG_LEVELS.includes(logLevel)) problems.push(`PACTA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
    let apiKeys = [];
    try {
        apiKeys = (0, _registry.parseApiKeys)(env.PACTA_API_KEYS);
    } catch (error) {
        problems.push(error.message);
    }
    if (problems.length) throw new ConfigError(problems);
    return {
        port,
        dataDir: (0, _nodepath.resolve)(env.PACTA_DATA_DIR ?? './data'),
        readModelsFile: (0, _nodepath.resolve)((0, _projections.readModelsFileOf)((0, _nodepath.resolve)(env.PACTA_DATA_DIR ?? './data'), env)),
        apiKeys,
        eventStore,
        eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING,
        rateLimitPerMinute,
        logLevel
    };
}

//# sourceMappingURL=config.js.map