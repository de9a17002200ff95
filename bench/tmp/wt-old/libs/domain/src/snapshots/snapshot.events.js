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
    get snapshotGeneratedData () {
        return snapshotGeneratedData;
    },
    get snapshotScope () {
        return snapshotScope;
    },
    get snapshotTitle () {
        return snapshotTitle;
    }
});
const _zod = require("zod");
const _zod1 = require("../calendar/zod");
const _ids = require("../ids");
const _terms = require("../agreements/terms");
const snapshotScope = _zod.z.union([
    _zod.z.strictObject({
        agreementId: _ids.id
    }),
    _zod.z.strictObject({
        partyId: _ids.id
    }),
    _zod.z.strictObject({
        kind: _terms.agreementKind
    })
]);
const snapshotTitle = _zod.z.string().trim().min(1).max(200);
const sha256 = _zod.z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest');
const snapshotGeneratedData = _zod.z.strictObject({
    snapshotId: _ids.id,
    scope: snapshotScope,
    on: _zod1.calendarDate,
    title: snapshotTitle,
    /** The log position the document reflects: regenerating from the log folded up to it gives the same bytes. */ asOfPosition: _zod.z.number().int().min(1),
    /** The audit heads digest at asOfPosition, also inside the document. */ heads: sha256,
    /** SHA-256 of the UTF-8 bytes of the document's RFC 8785 JSON. */ sha256,
    /** The layout of the document; a change that alters the bytes gets a new number and keeps the old builder. */ documentVersion: _zod.z.literal(1)
});

//# sourceMappingURL=snapshot.events.js.map