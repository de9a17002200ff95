"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "readOnly", {
    enumerable: true,
    get: function() {
        return readOnly;
    }
});
const _bettersqlite3 = /*#__PURE__*/ _interop_require_default(require("better-sqlite3"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function readOnly(file, read) {
    const db = new _bettersqlite3.default(file, {
        readonly: true
    });
    try {
        return read(db);
    } finally{
        db.close();
    }
}

//# sourceMappingURL=read-only.js.map