"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "localizedText", {
    enumerable: true,
    get: function() {
        return localizedText;
    }
});
const _zod = require("zod");
const text = _zod.z.string().trim().min(1).max(500);
const localizedText = _zod.z.strictObject({
    fi: text,
    sv: text.optional(),
    en: text.optional()
});

//# sourceMappingURL=localized-text.js.map