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
    get DEADLINE_LABELS () {
        return _labels.DEADLINE_LABELS;
    },
    get labelOf () {
        return _labels.labelOf;
    },
    get renderSnapshotHtml () {
        return _rendersnapshot.renderSnapshotHtml;
    },
    get renderSnapshotMarkdown () {
        return _rendersnapshot.renderSnapshotMarkdown;
    }
});
_export_star(require("./status-snapshot"), exports);
const _rendersnapshot = require("./render/render-snapshot");
const _labels = require("./render/labels");
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