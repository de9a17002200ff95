"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "startupFigures", {
    enumerable: true,
    get: function() {
        return startupFigures;
    }
});
const _nodechild_process = require("node:child_process");
const _nodenet = require("node:net");
const _nodepath = require("node:path");
const _process = require("../harness/process");
const _timing = require("../harness/timing");
const _http = require("./http");
const freePort = ()=>new Promise((resolve)=>{
        const server = (0, _nodenet.createServer)().listen(0, '127.0.0.1', ()=>{
            const port = server.address().port;
            server.close(()=>resolve(port));
        });
    });
async function startupFigures(buildDir, dataDir, partyIds) {
    const port = await freePort();
    const started = process.hrtime.bigint();
    const child = (0, _nodechild_process.spawn)(process.execPath, [
        (0, _nodepath.join)(buildDir, 'apps/api/src/main.js')
    ], {
        env: {
            ...(0, _http.serviceEnv)(dataDir),
            PORT: String(port)
        },
        stdio: [
            'ignore',
            'ignore',
            'inherit'
        ]
    });
    try {
        let readyMs = NaN;
        for(;;){
            if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
            try {
                const response = await fetch(`http://127.0.0.1:${port}/health`);
                if (response.ok) {
                    readyMs = (0, _timing.seconds)(started) * 1000;
                    break;
                }
            } catch  {
            // not listening yet
            }
            await new Promise((r)=>setTimeout(r, 10));
        }
        for (const partyId of partyIds){
            await fetch(`http://127.0.0.1:${port}/v1/parties/${partyId}/obligations?on=2024-06-01`, {
                headers: {
                    authorization: `Bearer ${_http.BENCH_KEYS.legal}`
                }
            }).then((r)=>r.arrayBuffer());
        }
        return {
            readyMs,
            rssMb: (0, _process.memoryOf)(child.pid)
        };
    } finally{
        child.kill('SIGTERM');
        await new Promise((resolve)=>child.once('exit', resolve));
    }
}

//# sourceMappingURL=startup.js.map