"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _eventstore = require("../../../work/main/libs/event-store/src");
const _nodefs = require("node:fs");
const _nodeos = require("node:os");
const _nodepath = require("node:path");
const _generate = require("./dataset/generate");
const _workloads = require("./dataset/workloads");
const _append = require("./figures/append");
const _emmett = require("./figures/emmett");
const _http = require("./figures/http");
const _readside = require("./figures/read-side");
const _startup = require("./figures/startup");
const _registry = require("./harness/registry");
const _seed = require("./harness/seed");
const _timing = require("./harness/timing");
const _report = require("./report");
const MODES = {
    quick: {
        agreements: 5_000,
        appendAgreements: 400,
        readPasses: 5,
        seed: 'commands',
        httpSeconds: 8
    },
    full: {
        agreements: 50_000,
        appendAgreements: 2_000,
        readPasses: 3,
        seed: 'decided',
        httpSeconds: 20
    }
};
const ROOT = (0, _nodepath.resolve)(__dirname, '../../../..');
const BUILD = (0, _nodepath.resolve)(__dirname, '..');
const DATA = (0, _nodepath.join)(ROOT, 'bench/.data');
const log = (message)=>console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const progress = (label)=>{
    let last = 0;
    return (done, total)=>{
        if (Date.now() - last < 5000) return;
        last = Date.now();
        log(`  ${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    };
};
function freshDir(name) {
    const dir = (0, _nodepath.join)(DATA, name);
    (0, _nodefs.rmSync)(dir, {
        recursive: true,
        force: true
    });
    (0, _nodefs.mkdirSync)(dir, {
        recursive: true
    });
    return dir;
}
async function main() {
    const mode = process.argv.includes('--quick') ? 'quick' : 'full';
    const override = process.argv.find((a)=>a.startsWith('--agreements='));
    const settings = {
        ...MODES[mode],
        ...override ? {
            agreements: Number(override.split('=')[1]),
            appendAgreements: 40
        } : {}
    };
    const notes = [];
    const started = process.hrtime.bigint();
    log(`mode ${mode}: ${settings.agreements.toLocaleString('en-US')} agreements`);
    const data = (0, _generate.dataset)(settings.agreements);
    // 1. The append path: ours, raw better-sqlite3 under it, Emmett beside it, on the same commands.
    const workload = (0, _workloads.appendWorkload)(data, settings.appendAgreements);
    log(`append: ${workload.length.toLocaleString('en-US')} commands through the in-process command path`);
    const appendDir = freshDir('append');
    const ours = await (0, _append.commandPath)(workload, appendDir, settings.readPasses);
    log(`  ${Math.round(ours.commandsPerSec)} commands/s; reads ${Math.round(ours.readStreamsPerSec)} streams/s`);
    const raw = (0, _append.rawSqliteInserts)((0, _nodepath.join)(appendDir, 'events.db'), (0, _nodepath.join)(appendDir, 'raw.db'));
    log(`  raw better-sqlite3: ${Math.round(raw.rowsPerSec)} rows/s`);
    let emmett = null;
    try {
        emmett = await (0, _emmett.emmettPath)(workload, ours.agreementIds, appendDir, settings.readPasses);
        log(`  Emmett SQLite: ${Math.round(emmett.commandsPerSec)} commands/s; reads ${Math.round(emmett.readStreamsPerSec)} streams/s`);
    } catch (error) {
        notes.push(`Emmett was not measured: ${error.message}`);
        log(`  Emmett failed: ${error.stack}`);
    }
    (0, _nodefs.rmSync)(appendDir, {
        recursive: true,
        force: true
    });
    // 2. The national data set.
    const nationalDir = freshDir('national');
    let store = _eventstore.SqliteEventStore.open((0, _nodepath.join)(nationalDir, 'events.db'));
    const seedStarted = process.hrtime.bigint();
    let seededThrough;
    if (settings.seed === 'commands') {
        const steps = (0, _workloads.appendWorkload)(data, data.agreementCount);
        log(`seed: ${steps.length.toLocaleString('en-US')} commands through the command path, in recorded order`);
        const registry = await (0, _registry.openRegistry)(store, (0, _nodepath.join)(nationalDir, 'read-models.db'));
        await (0, _seed.seedThroughCommands)(registry, steps, progress('seed'));
        await registry.close(); // the registry closes the store it was given, as the service does on shutdown
        store = _eventstore.SqliteEventStore.open((0, _nodepath.join)(nationalDir, 'events.db'));
        seededThrough = 'every command went through the in-process command path (CommandBus), in recorded order';
    } else {
        log('seed: decided events appended stream by stream');
        await (0, _seed.seedDecided)(store, data, progress('seed'));
        seededThrough = 'seeded fast: every command decided by the domain deciders, but each stream appended in one transaction (not one per command), so the log is ordered by stream rather than by time';
    }
    const events = await store.headPosition();
    const seedSeconds = (0, _timing.seconds)(seedStarted);
    log(`  ${events.toLocaleString('en-US')} events in ${seedSeconds.toFixed(0)} s`);
    // 3. Rebuild every read model from position 0 (this also persists the checkpoints the startup figure starts from).
    log('rebuild: every read model from position 0');
    const rebuild = await (0, _readside.rebuildFigures)(store, (0, _nodepath.join)(nationalDir, 'read-models.db'), progress('rebuild'));
    log(`  ${Math.round(rebuild.rebuildEventsPerSec)} events/s; raw read ${Math.round(rebuild.rawReadEventsPerSec)} events/s`);
    await store.close();
    // 4. Start to healthy, and memory, of the production service on the full data set.
    const partyIds = data.parties.filter((p)=>p.type === 'municipality' || p.type === 'wellbeing-services-county').map((p)=>p.id);
    log('startup: production service on the full data set');
    const startup = await (0, _startup.startupFigures)(BUILD, nationalDir, partyIds);
    log(`  ready in ${Math.round(startup.readyMs)} ms, ${Math.round(startup.rssMb)} MB resident`);
    // 5. HTTP, each route against its baseline in the same app process.
    log('http: autocannon, 10 connections');
    const http = await (0, _http.httpFigures)(BUILD, nationalDir, (0, _workloads.decisionTargets)(data, 3000), partyIds, settings.httpSeconds);
    log(`  command ${Math.round(http.command.measured.requestsPerSec)}/${Math.round(http.command.baseline.requestsPerSec)} req/s; obligations ${Math.round(http.obligations.measured.requestsPerSec)}/${Math.round(http.obligations.baseline.requestsPerSec)} req/s, p99 ${http.obligations.measured.p99Ms} ms`);
    for (const [name, c] of Object.entries({
        command: http.command,
        obligations: http.obligations
    })){
        const failed = c.measured.errors + c.measured.non2xx;
        if (failed > 0) notes.push(`http.${name}: ${failed} requests failed or answered non-2xx during the measured runs.`);
    }
    const figures = [
        {
            name: 'append.commandsPerSec',
            meaning: 'commands a second through the full in-process command path: CommandBus, load and fold the stream, decide (zod-validated), JCS + SHA-256 hash chain, durable append (WAL, synchronous=FULL), with the read models following in the same process.',
            value: ours.commandsPerSec,
            unit: '/s'
        },
        {
            name: 'append.vsRawSqlite',
            meaning: 'that ÷ raw better-sqlite3 inserts of the same rows (same JSON and hashes, same table and indexes, same pragmas), one durable transaction each.',
            value: ours.commandsPerSec / raw.rowsPerSec,
            bar: {
                op: '>=',
                value: 0.25
            }
        },
        {
            name: 'http.command.vsBaseline',
            meaning: 'POST /v1/agreements/{id}/decisions over HTTP ÷ a trivial POST route (same body, same key check) in the same app process, autocannon with 10 connections. The requests cycle through 3,000 agreements; the warm-up (2 s, then one request for each of them) leaves none of them cold, so the measured requests decide on cached folds.',
            value: http.command.ratio,
            bar: {
                op: '>=',
                value: 0.5
            }
        },
        {
            name: 'http.obligations.vsBaseline',
            meaning: "GET /v1/parties/{id}/obligations?on= for a municipality or county ÷ a trivial GET route in the same app process. The request is the same since the listing became paged; its answer is the first page, the default 100 rows, ~45 KB (a municipality has ~320 on the date on average). The service keeps each page it answered until an obligation changes, and the warm-up (2 s, then one request for each party) asks every party at least once, so the measured requests are answered from kept pages.",
            value: http.obligations.ratio,
            bar: {
                op: '>=',
                value: 0.7
            }
        },
        {
            name: 'http.obligations.p99Ms',
            meaning: 'p99 latency of that query under that load (worst of the measured runs).',
            value: http.obligations.measured.p99Ms,
            unit: 'ms',
            bar: {
                op: '<=',
                value: 20
            }
        },
        {
            name: 'rebuild.eventsPerSec',
            meaning: 'events a second rebuilding every read model from position 0 (ProjectionRunner.rebuild in one transaction).',
            value: rebuild.rebuildEventsPerSec,
            unit: '/s',
            bar: {
                op: '>=',
                value: 100_000
            }
        },
        {
            name: 'rebuild.vsRawRead',
            meaning: 'that ÷ reading every stored event in the same pages and parsing its JSON, projecting nothing.',
            value: rebuild.rebuildEventsPerSec / rebuild.rawReadEventsPerSec,
            bar: {
                op: '>=',
                value: 0.3
            }
        },
        {
            name: 'peer.emmettSqlite.appendRatio',
            meaning: 'our command throughput ÷ @event-driven-io/emmett-sqlite handling the same commands the same way (fold, same deciders, append with expected version) on the same machine.',
            value: emmett ? ours.commandsPerSec / emmett.commandsPerSec : null,
            bar: {
                op: '>=',
                value: 1
            }
        },
        {
            name: 'peer.emmettSqlite.readRatio',
            meaning: "reading an agreement's stream and folding it (our AgreementRepository.load ÷ Emmett's aggregateStream), every agreement of the append workload.",
            value: emmett ? ours.readStreamsPerSec / emmett.readStreamsPerSec : null
        },
        {
            name: 'memory.rssMb',
            meaning: 'resident memory of the production service holding the full data set, after answering each party’s obligations once.',
            value: startup.rssMb,
            unit: 'MB'
        },
        {
            name: 'startup.readyMs',
            meaning: 'spawn of the production service to /health answering 200, on the full data set with persisted read-model checkpoints.',
            value: startup.readyMs,
            unit: 'ms'
        }
    ];
    if (settings.seed === 'decided') notes.push(`The ${mode} data set was ${seededThrough}.`);
    notes.push('Emmett runs with one shared connection (its singleton pool option) and PRAGMA synchronous=FULL set explicitly; it sets WAL itself. Emmett 0.42.4 is not on the registry reachable here, so emmett-sqlite 0.42.4 runs on emmett 0.42.0 (package.json overrides).');
    notes.push('Our command path decides on a cached fold of each stream (brought up to date with the newer events); Emmett folds the whole stream for every command, as its command handler does. The read comparison folds the whole stream on both sides.');
    notes.push('HTTP ratios are the mean of two alternating runs of each route after a warm-up; the app runs in its own process and autocannon in the bench process.');
    const cpu = (0, _nodeos.cpus)();
    const results = {
        machine: {
            cpu: cpu[0]?.model ?? 'unknown',
            cores: cpu.length,
            memoryGb: Math.round((0, _nodeos.totalmem)() / 2 ** 30),
            os: `${(0, _nodeos.type)()} ${(0, _nodeos.release)()}`
        },
        node: process.version,
        dataset: {
            mode,
            parties: data.parties.length,
            agreements: data.agreementCount,
            events,
            seededThrough: settings.seed === 'commands' ? 'through the command path' : 'decided events appended per stream',
            seedSeconds: Math.round(seedSeconds)
        },
        figures: Object.fromEntries(figures.map((f)=>[
                f.name,
                f.value === null ? null : Number(f.value.toPrecision(4))
            ])),
        bars: Object.fromEntries(figures.filter((f)=>f.bar).map((f)=>[
                f.name,
                {
                    bar: `${f.bar.op} ${f.bar.value}`,
                    met: (0, _report.met)(f)
                }
            ])),
        details: {
            append: {
                commands: ours.commands,
                seconds: ours.seconds,
                rawRowsPerSec: raw.rowsPerSec,
                emmettCommandsPerSec: emmett?.commandsPerSec ?? null,
                ourReadStreamsPerSec: ours.readStreamsPerSec,
                emmettReadStreamsPerSec: emmett?.readStreamsPerSec ?? null
            },
            rebuild,
            http,
            startup,
            totalSeconds: Math.round((0, _timing.seconds)(started))
        },
        notes,
        generatedAt: new Date().toISOString()
    };
    (0, _report.writeResults)((0, _nodepath.join)(ROOT, 'bench/results.json'), (0, _nodepath.join)(ROOT, 'bench/RESULTS.md'), results, figures, mode);
    console.log(`\n${(0, _report.table)(figures)}\n`);
    log(`done in ${Math.round((0, _timing.seconds)(started))} s: bench/results.json, bench/RESULTS.md`);
    (0, _nodefs.rmSync)(nationalDir, {
        recursive: true,
        force: true
    });
}
main().then(()=>process.exit(0), (error)=>{
    console.error(error);
    process.exit(1);
});

//# sourceMappingURL=main.js.map