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
    get dataDirOf () {
        return dataDirOf;
    },
    get openExistingEventStore () {
        return openExistingEventStore;
    }
});
const _eventstore = require("../../../../../work/main/libs/event-store/src");
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _command = require("./command");
const dataDirOf = (env)=>(0, _nodepath.resolve)(env.PACTA_DATA_DIR ?? './data');
function openExistingEventStore(env) {
    const file = (0, _nodepath.join)(dataDirOf(env), 'events.db');
    if (!(0, _nodefs.existsSync)(file)) throw new _command.UsageError(`no event store at ${file} (set PACTA_DATA_DIR to the service's data directory)`);
    return _eventstore.SqliteEventStore.open(file);
}

//# sourceMappingURL=data-dir.js.map