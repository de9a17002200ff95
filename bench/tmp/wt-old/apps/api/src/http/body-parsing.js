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
    get MAX_BODY_BYTES () {
        return MAX_BODY_BYTES;
    },
    get MAX_BODY_DEPTH () {
        return MAX_BODY_DEPTH;
    },
    get bodyHazard () {
        return bodyHazard;
    },
    get jsonBodies () {
        return jsonBodies;
    }
});
const _express = require("express");
const _problem = require("./problem");
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_BODY_DEPTH = 32;
const FORBIDDEN_KEYS = new Set([
    '__proto__',
    'constructor',
    'prototype'
]);
function bodyHazard(body) {
    const pending = [
        {
            value: body,
            path: '',
            depth: 0
        }
    ];
    while(pending.length){
        const { value, path, depth } = pending.pop();
        if (typeof value !== 'object' || value === null) continue;
        if (depth > MAX_BODY_DEPTH) return {
            field: path || 'body',
            detail: `nests deeper than ${MAX_BODY_DEPTH} levels`
        };
        for (const key of Object.keys(value)){
            const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
            if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) return {
                field: child,
                detail: `the key ${key} is not allowed`
            };
            pending.push({
                value: value[key],
                path: child,
                depth: depth + 1
            });
        }
    }
    return undefined;
}
const parseJson = (0, _express.json)({
    limit: MAX_BODY_BYTES,
    strict: true,
    type: ()=>true
});
function jsonBodies(request, response, next) {
    if (![
        'POST',
        'PUT',
        'PATCH'
    ].includes(request.method)) return next();
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && !request.is([
        'application/json',
        'application/*+json'
    ])) {
        return (0, _problem.sendProblem)(response, request, {
            status: 415,
            code: 'unsupported-media-type',
            detail: 'Send the body as application/json',
            field: 'Content-Type',
            errors: [
                {
                    field: 'Content-Type',
                    detail: 'must be application/json'
                }
            ]
        });
    }
    parseJson(request, response, (error)=>{
        if (!error) {
            const hazard = bodyHazard(request.body);
            if (!hazard) return next();
            return (0, _problem.sendProblem)(response, request, {
                status: 422,
                code: 'invalid-request',
                detail: `${hazard.field}: ${hazard.detail}`,
                field: hazard.field,
                errors: [
                    hazard
                ]
            });
        }
        if (error.type === 'entity.too.large') {
            return (0, _problem.sendProblem)(response, request, {
                status: 413,
                code: 'body-too-large',
                detail: `The body exceeds ${MAX_BODY_BYTES} bytes`
            });
        }
        const status = error.status && error.status < 500 ? error.status : 400;
        (0, _problem.sendProblem)(response, request, {
            status,
            code: 'malformed-json',
            detail: `The body is not valid JSON: ${error.message ?? 'parse error'}`,
            field: 'body',
            errors: [
                {
                    field: 'body',
                    detail: 'must be valid JSON'
                }
            ]
        });
    });
}

//# sourceMappingURL=body-parsing.js.map