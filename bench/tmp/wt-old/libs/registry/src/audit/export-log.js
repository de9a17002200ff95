"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "exportNdjson", {
    enumerable: true,
    get: function() {
        return exportNdjson;
    }
});
const _envelope = require("./envelope");
const _logpages = require("./log-pages");
async function* exportNdjson(store, options = {}) {
    let events = 0;
    for await (const page of (0, _logpages.logPages)(store, options)){
        let chunk = '';
        for (const event of page)chunk += JSON.stringify((0, _envelope.envelopeOf)(event)) + '\n';
        events += page.length;
        options.onProgress?.(events, page[page.length - 1].globalPosition);
        yield chunk;
    }
}

//# sourceMappingURL=export-log.js.map