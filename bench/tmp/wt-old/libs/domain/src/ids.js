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
    get ID_PATTERN () {
        return ID_PATTERN;
    },
    get id () {
        return id;
    }
});
const _zod = require("zod");
const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const id = _zod.z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, -)');

//# sourceMappingURL=ids.js.map