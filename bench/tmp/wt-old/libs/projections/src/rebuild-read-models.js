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
    get readModelsFileOf () {
        return readModelsFileOf;
    },
    get rebuildReadModels () {
        return rebuildReadModels;
    }
});
const _nodepath = require("node:path");
const _projectionrunner = require("./projection-runner");
function readModelsFileOf(dataDir, env = process.env) {
    const override = env.PACTA_READ_MODELS_FILE?.trim();
    return override ? override : (0, _nodepath.join)(dataDir, 'read-models.db');
}
async function rebuildReadModels(store, file, onProgress) {
    const runner = new _projectionrunner.ProjectionRunner(store, {
        file
    });
    try {
        await runner.rebuild(onProgress);
        // A command line rebuild leaves no old tables behind for the service to drop.
        await runner.dropSetAsideTables();
        return runner.position();
    } finally{
        await runner.stop();
    }
}

//# sourceMappingURL=rebuild-read-models.js.map