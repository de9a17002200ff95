/** Seconds since a process.hrtime.bigint() reading. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seconds", {
    enumerable: true,
    get: function() {
        return seconds;
    }
});
const seconds = (since)=>Number(process.hrtime.bigint() - since) / 1e9;

//# sourceMappingURL=timing.js.map