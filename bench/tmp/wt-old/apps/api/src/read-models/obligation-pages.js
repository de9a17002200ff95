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
    get ApiObligationPages () {
        return ApiObligationPages;
    },
    get DEFAULT_OBLIGATIONS_LIMIT () {
        return DEFAULT_OBLIGATIONS_LIMIT;
    },
    get MAX_OBLIGATIONS_LIMIT () {
        return MAX_OBLIGATIONS_LIMIT;
    },
    get answerJson () {
        return answerJson;
    },
    get decodeCursor () {
        return decodeCursor;
    },
    get encodeCursor () {
        return encodeCursor;
    },
    get limitQuery () {
        return limitQuery;
    },
    get obligationsPage () {
        return obligationsPage;
    }
});
const _common = require("@nestjs/common");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _problem = require("../http/problem");
const _queryparams = require("../http/query-params");
const DEFAULT_OBLIGATIONS_LIMIT = 100;
const MAX_OBLIGATIONS_LIMIT = 1000;
const unprocessable = (field, detail)=>(0, _problem.fieldProblem)(422, 'invalid-query', [
        {
            field,
            detail
        }
    ]);
function limitQuery(value) {
    if (value === undefined) return DEFAULT_OBLIGATIONS_LIMIT;
    if (typeof value !== 'string' || !/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > MAX_OBLIGATIONS_LIMIT) {
        throw unprocessable('limit', `must be a whole number 1–${MAX_OBLIGATIONS_LIMIT}`);
    }
    return Number(value);
}
function encodeCursor({ knownAt, echo, after }) {
    const pin = 'position' in knownAt ? knownAt.position : knownAt.instant;
    return Buffer.from(JSON.stringify([
        1,
        pin,
        echo,
        ...after
    ])).toString('base64url');
}
const badCursor = ()=>unprocessable('cursor', 'is not a cursor this listing answered with; send the `next` of the previous page unchanged');
function decodeCursor(value) {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(value)) throw badCursor();
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    } catch  {
        throw badCursor();
    }
    if (!Array.isArray(parsed) || parsed.length !== 9 || parsed[0] !== 1) throw badCursor();
    const [, pin, echo, agreementId, version, obligationId, partyId, validFrom, rowId] = parsed;
    const whole = (x)=>Number.isSafeInteger(x) && x >= 0;
    const text = (x)=>typeof x === 'string' && x.length <= 200;
    const knownAt = whole(pin) ? {
        position: pin
    } : text(pin) && !Number.isNaN(Date.parse(pin)) ? {
        instant: pin
    } : undefined;
    if (!knownAt || !(whole(echo) || text(echo))) throw badCursor();
    if (!text(agreementId) || !whole(version) || !text(obligationId) || !text(partyId) || !text(validFrom) || !whole(rowId)) throw badCursor();
    return {
        knownAt,
        echo,
        after: [
            agreementId,
            version,
            obligationId,
            partyId,
            validFrom,
            rowId
        ]
    };
}
const samePin = (a, b)=>'position' in a ? 'position' in b && a.position === b.position : 'instant' in b && a.instant === b.instant;
async function obligationsPage(queries, clock, request) {
    const on = (0, _queryparams.dateQuery)(request.on, 'on') ?? (0, _registry.registryDate)(clock.now());
    const given = (0, _queryparams.knownAtQuery)(request.knownAt);
    const givenEcho = given && ('position' in given ? given.position : given.instant);
    const type = (0, _queryparams.obligationTypeQuery)(request.type);
    const kind = (0, _queryparams.kindQuery)(request.kind);
    const limit = limitQuery(request.limit);
    const cursor = decodeCursor(request.cursor);
    if (cursor && given && !samePin(cursor.knownAt, given)) {
        throw unprocessable('cursor', 'was answered for another knownAt; send the same knownAt as the first page, or none');
    }
    const knownAt = cursor?.knownAt ?? given;
    const page = await queries.execute(new _registry.ListObligations({
        partyId: request.partyId,
        on,
        knownAt,
        type,
        kind
    }, {
        limit,
        after: cursor?.after
    }));
    const echo = cursor?.echo ?? givenEcho ?? clock.now().toISOString();
    const next = page.next ? encodeCursor({
        knownAt: page.knownAt,
        echo,
        after: page.next
    }) : null;
    const head = JSON.stringify({
        ...request.partyId !== undefined && {
            partyId: request.partyId
        },
        on,
        knownAt: echo,
        asOfPosition: 'position' in page.knownAt ? page.knownAt.position : null
    });
    return [
        Buffer.from(`${head.slice(0, -1)},"obligations":`),
        page.json,
        Buffer.from(`,"next":${JSON.stringify(next)}}`)
    ];
}
function answerJson(response, parts) {
    response.status(200);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Length', parts.reduce((length, part)=>length + part.length, 0));
    for (const part of parts.slice(0, -1))response.write(part);
    response.end(parts.at(-1));
}
const ApiObligationPages = ()=>(0, _common.applyDecorators)((0, _swagger.ApiQuery)({
        name: 'on',
        required: false,
        description: 'valid time: the date the obligations apply on; default today'
    }), (0, _swagger.ApiQuery)({
        name: 'knownAt',
        required: false,
        description: 'recorded time: a log position or an ISO instant; default the position the read models have reached (answered as asOfPosition)'
    }), (0, _swagger.ApiQuery)({
        name: 'type',
        required: false,
        description: 'obligation type'
    }), (0, _swagger.ApiQuery)({
        name: 'kind',
        required: false,
        description: 'agreement kind'
    }), (0, _swagger.ApiQuery)({
        name: 'limit',
        required: false,
        description: `obligations a page, 1–${MAX_OBLIGATIONS_LIMIT}; default ${DEFAULT_OBLIGATIONS_LIMIT}`,
        schema: {
            type: 'integer',
            minimum: 1,
            maximum: MAX_OBLIGATIONS_LIMIT,
            default: DEFAULT_OBLIGATIONS_LIMIT
        }
    }), (0, _swagger.ApiQuery)({
        name: 'cursor',
        required: false,
        description: 'the `next` of the previous page, unchanged; later pages are read at the same recorded time as the first'
    }));

//# sourceMappingURL=obligation-pages.js.map