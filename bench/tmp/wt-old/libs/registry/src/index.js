"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
_export_star(require("./access/api-keys"), exports);
_export_star(require("./agreements/agreement.queries"), exports);
_export_star(require("./audit"), exports);
_export_star(require("./agreements/agreement.repository"), exports);
_export_star(require("./agreements/change-agreement"), exports);
_export_star(require("./clock/clock"), exports);
_export_star(require("./parties/change-party"), exports);
_export_star(require("./parties/party.queries"), exports);
_export_star(require("./parties/party.repository"), exports);
_export_star(require("./read-models/read-model.queries"), exports);
_export_star(require("./registry.module"), exports);
_export_star(require("./streams/command-context"), exports);
_export_star(require("./streams/stream-repository"), exports);
_export_star(require("./streams/write-errors"), exports);
_export_star(require("./seed/seed-registry"), exports);
_export_star(require("./snapshots"), exports);
function _export_star(from, to) {
    Object.keys(from).forEach(function(k) {
        if (k !== "default" && !Object.prototype.hasOwnProperty.call(to, k)) {
            Object.defineProperty(to, k, {
                enumerable: true,
                get: function() {
                    return from[k];
                }
            });
        }
    });
    return from;
}

//# sourceMappingURL=index.js.map