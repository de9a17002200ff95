"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "memoryOf", {
    enumerable: true,
    get: function() {
        return memoryOf;
    }
});
const _nodefs = require("node:fs");
function memoryOf(pid) {
    const status = (0, _nodefs.readFileSync)(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
}

//# sourceMappingURL=process.js.map