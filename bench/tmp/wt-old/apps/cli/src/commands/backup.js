"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "backupCommand", {
    enumerable: true,
    get: function() {
        return backupCommand;
    }
});
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _command = require("../command");
const _datadir = require("../data-dir");
const backupCommand = {
    name: 'backup',
    usage: 'backup --out FILE',
    summary: "copy the event store online (the service may keep running) into FILE, a complete SQLite database",
    async run (args, env) {
        const { out } = (0, _command.parseOptions)(args, {
            out: {
                type: 'string'
            }
        });
        if (!out) throw new _command.UsageError('--out FILE is required');
        const target = (0, _nodepath.resolve)(out);
        if ((0, _nodefs.existsSync)(target)) throw new _command.UsageError(`${target} exists; a backup never overwrites a file`);
        if (!(0, _nodefs.existsSync)((0, _nodepath.dirname)(target))) throw new _command.UsageError(`the directory ${(0, _nodepath.dirname)(target)} does not exist`);
        const store = (0, _datadir.openExistingEventStore)(env);
        try {
            const position = await store.headPosition();
            await store.backup(target);
            console.error(`backed up the event store through position ${position} to ${target}`);
        } finally{
            await store.close();
        }
        return 0;
    }
};

//# sourceMappingURL=backup.js.map