"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _registry = require("../../../../../work/main/libs/registry/src");
const _app = require("./app");
const _config = require("./config");
async function main() {
    const config = (0, _config.loadConfig)(process.env);
    const { app, createdKeys } = await (0, _app.createPacta)(config);
    if (createdKeys.length) {
        console.log('\nNo API keys were configured, so Pacta created one per role. They are shown only this once;');
        console.log(`only their hashes are kept, in ${config.dataDir}/keys.json:\n`);
        for (const { role, key } of createdKeys)console.log(`  ${role.padEnd(9)} ${key}`);
        console.log('');
    }
    await app.listen(config.port);
    const logger = new _common.Logger('Pacta');
    if (process.argv.includes('--demo') || process.env.PACTA_DEMO === '1') {
        const seeded = await (0, _registry.seedRegistry)(app.get(_cqrs.CommandBus));
        logger.log(`demo: the seed agreements are loaded (${seeded.written} events written, log position ${seeded.position})`);
    }
    logger.log(`listening on port ${config.port}, data in ${config.dataDir}, store ${config.eventStore}`);
    // Stop taking connections, let requests in flight finish, checkpoint the read models, close the store.
    let stopping = false;
    const shutdown = (signal)=>{
        if (stopping) return;
        stopping = true;
        logger.log(`${signal}: finishing requests in flight, then stopping`);
        const deadline = setTimeout(()=>{
            logger.error('requests in flight did not finish within 15 s; stopping anyway');
            process.exit(1);
        }, 15_000);
        deadline.unref();
        app.close().then(()=>process.exit(0), (error)=>{
            logger.error(`shutdown failed: ${error instanceof Error ? error.message : error}`);
            process.exit(1);
        });
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
}
main().catch((error)=>{
    console.error(error instanceof _config.ConfigError ? error.message : error);
    process.exit(1);
});

//# sourceMappingURL=main.js.map