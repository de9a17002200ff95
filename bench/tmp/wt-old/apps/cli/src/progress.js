"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "progressBar", {
    enumerable: true,
    get: function() {
        return progressBar;
    }
});
const _cliprogress = require("cli-progress");
function progressBar(label, total, stream = process.stderr) {
    if (!stream.isTTY || total <= 0) return {
        update () {},
        stop () {}
    };
    const bar = new _cliprogress.SingleBar({
        stream,
        format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50
    });
    bar.start(total, 0);
    return {
        update: (done)=>bar.update(Math.min(done, total)),
        stop: ()=>bar.stop()
    };
}

//# sourceMappingURL=progress.js.map