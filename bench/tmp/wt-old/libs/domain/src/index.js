"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
_export_star(require("./calendar/dates"), exports);
_export_star(require("./calendar/zod"), exports);
_export_star(require("./errors"), exports);
_export_star(require("./ids"), exports);
_export_star(require("./localized-text"), exports);
_export_star(require("./event-of"), exports);
_export_star(require("./events"), exports);
_export_star(require("./parties/business-id"), exports);
_export_star(require("./parties/party.events"), exports);
_export_star(require("./parties/party.commands"), exports);
_export_star(require("./parties/party.decider"), exports);
_export_star(require("./parties/population"), exports);
_export_star(require("./agreements/terms"), exports);
_export_star(require("./agreements/agreement.events"), exports);
_export_star(require("./agreements/agreement.commands"), exports);
_export_star(require("./agreements/agreement.state"), exports);
_export_star(require("./agreements/agreement.decider"), exports);
_export_star(require("./agreements/status"), exports);
_export_star(require("./obligations/expand"), exports);
_export_star(require("./cost-shares/split"), exports);
_export_star(require("./reviews/review-due"), exports);
_export_star(require("./snapshots/snapshot.events"), exports);
_export_star(require("./snapshots/snapshot.decider"), exports);
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