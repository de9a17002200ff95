"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "COMMANDS", {
    enumerable: true,
    get: function() {
        return COMMANDS;
    }
});
const _backup = require("./backup");
const _export = require("./export");
const _keys = require("./keys");
const _rebuild = require("./rebuild");
const _seed = require("./seed");
const _snapshot = require("./snapshot");
const _verify = require("./verify");
const COMMANDS = [
    _verify.verifyCommand,
    _export.exportCommand,
    _backup.backupCommand,
    _keys.keysCommand,
    _rebuild.rebuildCommand,
    _seed.seedCommand,
    _snapshot.snapshotCommand
];

//# sourceMappingURL=index.js.map