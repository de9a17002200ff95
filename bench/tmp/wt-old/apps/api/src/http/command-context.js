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
    get CommandHeaders () {
        return CommandHeaders;
    },
    get Context () {
        return Context;
    }
});
const _common = require("@nestjs/common");
const _swagger = require("@nestjs/swagger");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _nodecrypto = require("node:crypto");
const _problem = require("./problem");
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
function expectedRevision(header) {
    if (header === undefined) return undefined;
    const match = /^(?:W\/)?"(\d{1,15})"$/.exec(header.trim());
    if (!match) throw (0, _problem.fieldProblem)(400, 'invalid-if-match', [
        {
            field: 'If-Match',
            detail: 'must be a revision in quotes, e.g. "3"'
        }
    ]);
    return Number(match[1]);
}
const Context = (0, _common.createParamDecorator)((_, execution)=>{
    const request = execution.switchToHttp().getRequest();
    const key = request.header('idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw (0, _problem.fieldProblem)(400, 'invalid-idempotency-key', [
            {
                field: 'Idempotency-Key',
                detail: 'must be 1–200 visible ASCII characters'
            }
        ]);
    }
    return {
        actor: request.caller.actor,
        role: request.caller.role,
        // The request id the log lines carry, so an event leads back to its request.
        correlationId: request.id ? String(request.id) : (0, _nodecrypto.randomUUID)(),
        expectedRevision: expectedRevision(request.header('if-match')),
        // Only a replay compares request hashes; without a key nothing is recorded to compare against.
        ...key !== undefined && {
            idempotency: {
                key,
                requestHash: (0, _nodecrypto.createHash)('sha256').update(`${request.method} ${request.path}\n${(0, _eventstore.canonicalJson)(request.body ?? null)}`).digest('hex')
            }
        }
    };
});
const CommandHeaders = ()=>(0, _swagger.ApiHeader)({
        name: 'Idempotency-Key',
        required: false,
        description: 'Apply at most once; a replay returns the first answer'
    });

//# sourceMappingURL=command-context.js.map