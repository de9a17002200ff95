"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "exportCommand", {
    enumerable: true,
    get: function() {
        return exportCommand;
    }
});
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodefs = require("node:fs");
const _nodestream = require("node:stream");
const _promises = require("node:stream/promises");
const _command = require("../command");
const _datadir = require("../data-dir");
const _progress = require("../progress");
const exportCommand = {
    name: 'export',
    usage: 'export --out FILE',
    summary: 'write the whole log as NDJSON, one event envelope per line in global order (FILE "-" is stdout)',
    async run (args, env) {
        const { out } = (0, _command.parseOptions)(args, {
            out: {
                type: 'string'
            }
        });
        if (!out) throw new _command.UsageError('--out FILE is required');
        const store = (0, _datadir.openExistingEventStore)(env);
        // Written aside and renamed when complete, so a failed export never leaves a plausible-looking file.
        const partial = out === '-' ? undefined : `${out}.partial`;
        let events = 0;
        let position = 0;
        try {
            const bar = (0, _progress.progressBar)('export', await store.headPosition());
            try {
                const chunks = (0, _registry.exportNdjson)(store, {
                    onProgress: (n, p)=>{
                        events = n;
                        position = p;
                        bar.update(p);
                    }
                });
                await (0, _promises.pipeline)(_nodestream.Readable.from(chunks, {
                    objectMode: false
                }), partial ? (0, _nodefs.createWriteStream)(partial) : process.stdout);
            } finally{
                bar.stop();
            }
            if (partial) (0, _nodefs.renameSync)(partial, out);
        } catch (error) {
            if (partial) (0, _nodefs.rmSync)(partial, {
                force: true
            });
            throw error;
        } finally{
            await store.close();
        }
        console.error(`exported ${events} events, through position ${position}${partial ? `, to ${out}` : ''}`);
        return 0;
    }
};

//# sourceMappingURL=export.js.map