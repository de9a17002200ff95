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
    get fieldPath () {
        return fieldPath;
    },
    get parseOrThrow () {
        return parseOrThrow;
    }
});
const _zod = require("./calendar/zod");
const _errors = require("./errors");
function parseOrThrow(schema, input, invalid) {
    const result = schema.safeParse(input);
    if (result.success) return withoutUndefined(result.data);
    const issue = result.error.issues[0];
    const field = fieldPath(issue.path);
    const detail = `${field || 'input'}: ${issue.message}`;
    if (issue.message === _zod.CALENDAR_DATE_MESSAGE) throw new _errors.InvalidCalendarDate(detail, field);
    throw invalid(detail, field);
}
function fieldPath(path) {
    return path.reduce((joined, key)=>{
        if (typeof key === 'number') return `${joined}[${key}]`;
        return joined ? `${joined}.${String(key)}` : String(key);
    }, '');
}
/** Optional fields left undefined are dropped, so events serialise (and hash) the same before and after a round trip. */ function withoutUndefined(value) {
    if (Array.isArray(value)) return value.map(withoutUndefined);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).filter(([, field])=>field !== undefined);
    return Object.fromEntries(entries.map(([key, field])=>[
            key,
            withoutUndefined(field)
        ]));
}

//# sourceMappingURL=validation.js.map