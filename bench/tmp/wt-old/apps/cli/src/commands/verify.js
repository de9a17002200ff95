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
    get report () {
        return report;
    },
    get verifyCommand () {
        return verifyCommand;
    }
});
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodefs = require("node:fs");
const _nodereadline = require("node:readline");
const _command = require("../command");
const _datadir = require("../data-dir");
const _progress = require("../progress");
const DIGEST = /^[0-9a-f]{64}$/;
async function* exportLines(file) {
    let line = 0;
    for await (const text of (0, _nodereadline.createInterface)({
        input: (0, _nodefs.createReadStream)(file, 'utf8'),
        crlfDelay: Infinity
    })){
        line++;
        if (text === '') continue;
        try {
            yield JSON.parse(text);
        } catch  {
            throw new Error(`${file} line ${line} is not JSON`);
        }
    }
}
function report(result) {
    const lines = [
        `${result.ok ? 'intact' : 'NOT INTACT'}: ${result.events} events in ${result.streams} streams, through position ${result.position}`,
        `heads ${result.heads} (position ${result.position})`
    ];
    if (result.headsCheck) {
        const { match, position, expected, actual } = result.headsCheck;
        lines.push(match ? `heads at position ${position} match the recorded digest` : `heads at position ${position} are ${actual}, not the recorded ${expected}: a stream was truncated or rewritten`);
    }
    for (const b of result.broken){
        lines.push(`broken: ${b.streamId} revision ${b.streamRevision} (position ${b.globalPosition}): ${b.reason} — ${b.detail}`);
    }
    return lines.join('\n');
}
const verifyCommand = {
    name: 'verify',
    usage: 'verify [--heads DIGEST [--position P]] [--file EXPORT.ndjson] [--json]',
    summary: 'recompute every hash chain; exit 0 when intact, 1 when not, naming the first broken event of each stream',
    async run (args, env) {
        const values = (0, _command.parseOptions)(args, {
            heads: {
                type: 'string'
            },
            position: {
                type: 'string'
            },
            file: {
                type: 'string'
            },
            json: {
                type: 'boolean'
            }
        });
        if (values.heads !== undefined && !DIGEST.test(values.heads)) throw new _command.UsageError('--heads must be a lowercase hex SHA-256 digest');
        if (values.position !== undefined && (!/^\d{1,15}$/.test(values.position) || values.heads === undefined)) {
            throw new _command.UsageError('--position is the log position of a --heads digest: a non-negative integer, with --heads');
        }
        const options = values.heads ? {
            expectedHeads: {
                digest: values.heads,
                position: values.position === undefined ? undefined : Number(values.position)
            }
        } : {};
        let result;
        if (values.file !== undefined) {
            if (!(0, _nodefs.existsSync)(values.file)) throw new _command.UsageError(`no file ${values.file}`);
            result = await (0, _registry.verifyEvents)(exportLines(values.file), options);
        } else {
            const store = (0, _datadir.openExistingEventStore)(env);
            try {
                const bar = (0, _progress.progressBar)('verify', await store.headPosition());
                try {
                    result = await (0, _registry.verifyLog)(store, {
                        ...options,
                        onProgress: (_, position)=>bar.update(position)
                    });
                } finally{
                    bar.stop();
                }
            } finally{
                await store.close();
            }
        }
        console.log(values.json ? JSON.stringify(result, null, 2) : report(result));
        return result.ok ? 0 : 1;
    }
};

//# sourceMappingURL=verify.js.map