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
    get UsageError () {
        return UsageError;
    },
    get parseOptions () {
        return parseOptions;
    }
});
const _nodeutil = require("node:util");
let UsageError = class UsageError extends Error {
};
function parseOptions(args, options) {
    try {
        return (0, _nodeutil.parseArgs)({
            args,
            options,
            strict: true,
            allowPositionals: false
        }).values;
    } catch (error) {
        throw new UsageError(error.message);
    }
}

//# sourceMappingURL=command.js.map