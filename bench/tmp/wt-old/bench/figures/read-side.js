"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "rebuildFigures", {
    enumerable: true,
    get: function() {
        return rebuildFigures;
    }
});
const _projections = require("../../../../work/main/libs/projections/src");
const _registry = require("../../../../work/main/libs/registry/src");
const _timing = require("../harness/timing");
/** The floor under any rebuild: read every stored event in the same pages and parse its JSON, projecting nothing. */ async function rawRead(store, pageSize) {
    const started = process.hrtime.bigint();
    let events = 0;
    for await (const page of (0, _registry.logPages)(store, {
        pageSize
    }))events += page.length;
    return {
        events,
        seconds: (0, _timing.seconds)(started)
    };
}
async function rebuildFigures(store, readModelsFile, onProgress) {
    const raw = await rawRead(store, 5000);
    // Timed: ProjectionRunner.rebuild alone (it commits the read models and their checkpoint); closing the file after it
    // (SQLite's final WAL checkpoint) is not part of the rebuild.
    const runner = new _projections.ProjectionRunner(store, {
        file: readModelsFile
    });
    let took;
    let position;
    try {
        const started = process.hrtime.bigint();
        await runner.rebuild(onProgress);
        took = (0, _timing.seconds)(started);
        position = runner.position();
    } finally{
        await runner.stop();
    }
    return {
        events: position,
        rebuildSeconds: took,
        rebuildEventsPerSec: raw.events / took,
        rawReadEventsPerSec: raw.events / raw.seconds
    };
}

//# sourceMappingURL=read-side.js.map