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
    get BENCH_KEYS () {
        return BENCH_KEYS;
    },
    get httpFigures () {
        return httpFigures;
    },
    get serviceEnv () {
        return serviceEnv;
    }
});
const _autocannon = /*#__PURE__*/ _interop_require_default(require("autocannon"));
const _nodechild_process = require("node:child_process");
const _nodepath = require("node:path");
const _process = require("../harness/process");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const BENCH_KEYS = {
    registrar: 'bench-registrar-key-000000001',
    legal: 'bench-legal-key-00000000000001'
};
function serviceEnv(dataDir) {
    return {
        ...process.env,
        PACTA_DATA_DIR: dataDir,
        PACTA_API_KEYS: `registrar:${BENCH_KEYS.registrar},legal:${BENCH_KEYS.legal}`,
        PACTA_RATE_LIMIT: '0',
        PACTA_LOG_LEVEL: 'warn',
        PACTA_READ_MODELS_FILE: ''
    };
}
/** For `durationSec` seconds, or until `amount` requests are answered. */ async function load(port, spec, length, connections) {
    const result = await (0, _autocannon.default)({
        url: `http://127.0.0.1:${port}`,
        connections,
        ...'amount' in length ? {
            amount: length.amount
        } : {
            duration: length.durationSec
        },
        requests: [
            {
                method: spec.method,
                headers: {
                    authorization: `Bearer ${spec.key}`,
                    'content-type': 'application/json'
                },
                setupRequest: (request)=>{
                    const { path, body } = spec.next();
                    return {
                        ...request,
                        path,
                        ...body !== undefined ? {
                            body
                        } : {}
                    };
                }
            }
        ]
    });
    return {
        requestsPerSec: result.requests.average,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx
    };
}
/**
 * Measured route and its baseline alternately, twice each after a warm-up, in the same app process. The warm-up
 * runs 2 s, and then through the measured route's whole cycle once, so that no first request of one is measured.
 */ async function compare(port, measured, baseline, durationSec, connections) {
    await load(port, measured, {
        durationSec: 2
    }, connections);
    if (measured.cycle) await load(port, measured, {
        amount: measured.cycle
    }, connections);
    await load(port, baseline, {
        durationSec: 2
    }, connections);
    const runs = [];
    for(let round = 0; round < 2; round++){
        const b = await load(port, baseline, {
            durationSec
        }, connections);
        const m = await load(port, measured, {
            durationSec
        }, connections);
        runs.push({
            m,
            b
        });
    }
    const mean = (xs)=>xs.reduce((a, b)=>a + b, 0) / xs.length;
    const merge = (rs)=>({
            requestsPerSec: mean(rs.map((r)=>r.requestsPerSec)),
            p99Ms: Math.max(...rs.map((r)=>r.p99Ms)),
            errors: rs.reduce((a, r)=>a + r.errors, 0),
            non2xx: rs.reduce((a, r)=>a + r.non2xx, 0)
        });
    const m = merge(runs.map((r)=>r.m));
    const b = merge(runs.map((r)=>r.b));
    return {
        measured: m,
        baseline: b,
        ratio: m.requestsPerSec / b.requestsPerSec
    };
}
async function httpFigures(buildDir, dataDir, targets, partyIds, durationSec, only) {
    const child = (0, _nodechild_process.fork)((0, _nodepath.join)(buildDir, 'bench/http/server.js'), [], {
        env: serviceEnv(dataDir),
        stdio: [
            'ignore',
            'inherit',
            'inherit',
            'ipc'
        ],
        // e.g. BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=bench/.data/prof" to profile the app under load.
        execArgv: process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []
    });
    const port = await new Promise((resolve, reject)=>{
        child.once('message', (m)=>resolve(m.port));
        child.once('exit', (code)=>reject(new Error(`bench server exited with ${code}`)));
    });
    try {
        let i = 0;
        const decision = ()=>{
            const t = targets[i++ % targets.length];
            return {
                path: `/v1/agreements/${t.agreementId}/decisions`,
                body: JSON.stringify({
                    partyId: t.partyId,
                    body: 'kunnanhallitus',
                    meetingDate: '2026-10-12',
                    section: `§ ${100 + i % 300}`,
                    diaryNumber: '441/00.04.02/2026',
                    outcome: 'tabled',
                    unanimous: true,
                    version: t.version
                })
            };
        };
        const skipped = {
            measured: {
                requestsPerSec: NaN,
                p99Ms: NaN,
                errors: 0,
                non2xx: 0
            },
            baseline: {
                requestsPerSec: NaN,
                p99Ms: NaN,
                errors: 0,
                non2xx: 0
            },
            ratio: NaN
        };
        const command = only === 'obligations' ? skipped : await compare(port, {
            method: 'POST',
            key: BENCH_KEYS.registrar,
            next: decision,
            cycle: targets.length
        }, {
            method: 'POST',
            key: BENCH_KEYS.registrar,
            next: ()=>({
                    path: '/bench/baseline',
                    body: decision().body
                })
        }, durationSec, 10);
        let j = 0;
        const obligations = only === 'command' ? skipped : await compare(port, {
            method: 'GET',
            key: BENCH_KEYS.legal,
            next: ()=>({
                    path: `/v1/parties/${partyIds[j++ % partyIds.length]}/obligations?on=2024-06-01`
                }),
            cycle: partyIds.length
        }, {
            method: 'GET',
            key: BENCH_KEYS.legal,
            next: ()=>({
                    path: '/bench/baseline'
                })
        }, durationSec, 10);
        return {
            command,
            obligations,
            serverRssMb: (0, _process.memoryOf)(child.pid)
        };
    } finally{
        child.send('stop');
        await new Promise((resolve)=>child.once('exit', resolve));
    }
}

//# sourceMappingURL=http.js.map