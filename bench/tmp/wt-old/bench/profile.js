"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _eventstore = require("../../../work/main/libs/event-store/src");
const _projections = require("../../../work/main/libs/projections/src");
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _generate = require("./dataset/generate");
const _http = require("./figures/http");
const _seed = require("./harness/seed");
const _workloads = require("./dataset/workloads");
const _append = require("./figures/append");
const _timing = require("./harness/timing");
/**
 * One figure's work alone, for `node --cpu-prof`: `node --cpu-prof bench/.data/build/bench/profile.js rebuild [agreements]`
 * (or `http [agreements] [command|obligations]` with BENCH_SERVER_NODE_OPTIONS=--cpu-prof to profile the app under load)
 * seeds a data set once (kept in bench/.data/profile) and rebuilds its read models.
 */ async function main() {
    const [target = 'rebuild', count = '5000'] = process.argv.slice(2);
    const dir = (0, _nodepath.resolve)(__dirname, '../../profile');
    const file = (0, _nodepath.join)(dir, `events-${count}.db`);
    const fresh = !(0, _nodefs.existsSync)(file);
    (0, _nodefs.mkdirSync)(dir, {
        recursive: true
    });
    const store = _eventstore.SqliteEventStore.open(file);
    if (fresh && target !== 'append') await (0, _seed.seedDecided)(store, (0, _generate.dataset)(Number(count)));
    if (target === 'rebuild') {
        const started = process.hrtime.bigint();
        const position = await (0, _projections.rebuildReadModels)(store, (0, _nodepath.join)(dir, 'read-models.db'));
        console.log(`rebuild: ${position} events, ${Math.round(position / (0, _timing.seconds)(started))} events/s`);
    }
    await store.close();
    if (target === 'append') {
        // The in-process command path on the parties and the first agreements, read models following.
        const appendDir = (0, _nodepath.join)(dir, 'append');
        (0, _nodefs.rmSync)(appendDir, {
            recursive: true,
            force: true
        });
        (0, _nodefs.mkdirSync)(appendDir, {
            recursive: true
        });
        const run = await (0, _append.commandPath)((0, _workloads.appendWorkload)((0, _generate.dataset)(Number(count)), Number(count)), appendDir, 1);
        console.log(`append: ${run.commands} commands, ${Math.round(run.commandsPerSec)} commands/s`);
    }
    if (target === 'http') {
        // The bench app on this data set under autocannon; profile it with BENCH_SERVER_NODE_OPTIONS.
        const data = (0, _generate.dataset)(Number(count));
        const serveDir = (0, _nodepath.join)(dir, 'serve');
        (0, _nodefs.mkdirSync)(serveDir, {
            recursive: true
        });
        (0, _nodefs.copyFileSync)(file, (0, _nodepath.join)(serveDir, 'events.db'));
        const targets = (0, _workloads.decisionTargets)(data, 3000);
        const partyIds = data.parties.filter((p)=>p.type === 'municipality').map((p)=>p.id);
        const http = await (0, _http.httpFigures)((0, _nodepath.resolve)(__dirname, '..'), serveDir, targets, partyIds, 5, process.argv[4]);
        console.log(JSON.stringify(http, null, 2));
    }
}
main().catch((error)=>{
    console.error(error);
    process.exit(1);
});

//# sourceMappingURL=profile.js.map