"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seedCommand", {
    enumerable: true,
    get: function() {
        return seedCommand;
    }
});
const _core = require("@nestjs/core");
const _cqrs = require("@nestjs/cqrs");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _projections = require("../../../../../../work/main/libs/projections/src");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodepath = require("node:path");
const _command = require("../command");
const _datadir = require("../data-dir");
const seedCommand = {
    name: 'seed',
    usage: 'seed',
    summary: 'load the agreements of seeds 000–003 through the registry commands; running it again changes nothing',
    async run (args, env) {
        (0, _command.parseOptions)(args, {});
        const dataDir = (0, _datadir.dataDirOf)(env);
        const store = _eventstore.SqliteEventStore.open((0, _nodepath.join)(dataDir, 'events.db'));
        const readModelsFile = (0, _projections.readModelsFileOf)(dataDir, env);
        try {
            const app = await _core.NestFactory.createApplicationContext(_registry.RegistryModule.forRoot({
                store,
                readModelsFile
            }), {
                logger: false
            });
            try {
                const report = await (0, _registry.seedRegistry)(app.get(_cqrs.CommandBus));
                await app.get(_projections.ProjectionRunner).waitFor(report.position, 30_000);
                console.error(`seeded ${dataDir}: ${report.written} events written, ${report.replayed} commands already applied` + (report.skipped.length ? `, left alone (made outside the seed): ${report.skipped.join(', ')}` : '') + `; log position ${report.position}`);
            } finally{
                await app.close();
            }
        } finally{
            await store.close();
        }
        return 0;
    }
};

//# sourceMappingURL=seed.js.map