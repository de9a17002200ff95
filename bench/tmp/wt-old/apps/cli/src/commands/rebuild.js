"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "rebuildCommand", {
    enumerable: true,
    get: function() {
        return rebuildCommand;
    }
});
const _projections = require("../../../../../../work/main/libs/projections/src");
const _command = require("../command");
const _datadir = require("../data-dir");
const _progress = require("../progress");
const rebuildCommand = {
    name: 'rebuild',
    usage: 'rebuild',
    summary: 'rebuild every read model from position 0 (in PACTA_READ_MODELS_FILE, default <data>/read-models.db); a running service keeps answering meanwhile',
    async run (args, env) {
        (0, _command.parseOptions)(args, {});
        const store = (0, _datadir.openExistingEventStore)(env);
        const file = (0, _projections.readModelsFileOf)((0, _datadir.dataDirOf)(env), env);
        try {
            const bar = (0, _progress.progressBar)('rebuild', await store.headPosition());
            const started = process.hrtime.bigint();
            let position;
            try {
                position = await (0, _projections.rebuildReadModels)(store, file, (done)=>bar.update(done));
            } finally{
                bar.stop();
            }
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const rate = seconds > 0 ? Math.round(position / seconds) : position;
            console.error(`rebuilt the read models in ${file} through position ${position} in ${seconds.toFixed(2)} s (${rate} events/s)`);
        } finally{
            await store.close();
        }
        return 0;
    }
};

//# sourceMappingURL=rebuild.js.map