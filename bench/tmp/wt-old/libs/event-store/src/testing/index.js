// Test-only helpers (they use jest globals); production code imports '@pacta/event-store', never this path.
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
    get contractEvent () {
        return _eventstorecontract.ev;
    },
    get describeEventStoreContract () {
        return _eventstorecontract.describeEventStoreContract;
    },
    get waitFor () {
        return _eventstorecontract.waitFor;
    }
});
const _eventstorecontract = require("./event-store.contract");

//# sourceMappingURL=index.js.map