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
    get ProblemException () {
        return ProblemException;
    },
    get ProblemFilter () {
        return ProblemFilter;
    },
    get fieldProblem () {
        return fieldProblem;
    },
    get fieldsUnder () {
        return fieldsUnder;
    },
    get problemType () {
        return problemType;
    },
    get sendProblem () {
        return sendProblem;
    }
});
const _common = require("@nestjs/common");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _registry = require("../../../../../../work/main/libs/registry/src");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
const problemType = (code)=>`urn:pacta:problem:${code}`;
let ProblemException = class ProblemException extends _common.HttpException {
    constructor(problem){
        super(problem.detail, problem.status), this.problem = problem;
    }
};
const fieldProblem = (status, code, errors, detail)=>new ProblemException({
        status,
        code,
        detail: detail ?? errors.map((e)=>`${e.field}: ${e.detail}`).join('; '),
        field: errors[0]?.field,
        errors
    });
function sendProblem(response, request, problem) {
    const { extensions, ...members } = problem;
    const body = {
        ...extensions,
        type: problemType(problem.code),
        title: problem.title ?? HttpStatusTitle(problem.status),
        ...members,
        instance: request.originalUrl ?? request.url
    };
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}
function HttpStatusTitle(status) {
    const name = _common.HttpStatus[status];
    return name ? name.toLowerCase().replace(/_/g, ' ').replace(/^./, (c)=>c.toUpperCase()) : 'Error';
}
let ProblemFilter = class ProblemFilter {
    catch(error, host) {
        const http = host.switchToHttp();
        const response = http.getResponse();
        const request = http.getRequest();
        if (response.headersSent) return;
        sendProblem(response, request, this.toProblem(error, response));
    }
    toProblem(error, response) {
        if (error instanceof ProblemException) return error.problem;
        if (error instanceof _domain.DomainError || error instanceof _registry.WriteError) {
            const { status, code, field, message } = error;
            const extensions = Object.fromEntries(Object.entries(error).filter(([key])=>![
                    'status',
                    'code',
                    'field',
                    'detail',
                    'message',
                    'name',
                    'stack'
                ].includes(key)));
            return {
                extensions,
                status,
                code,
                detail: message,
                ...field ? {
                    field,
                    errors: [
                        {
                            field,
                            detail: message
                        }
                    ]
                } : {}
            };
        }
        if (error instanceof _eventstore.StoreUnavailable) {
            this.logger.error(`store unavailable: ${error.message}`);
            response.setHeader('Retry-After', '5');
            return {
                status: 503,
                code: 'store-unavailable',
                detail: 'The event store cannot take writes now; nothing was written. Try again shortly.'
            };
        }
        if (error instanceof _common.HttpException) {
            const status = error.getStatus();
            const code = HttpStatusTitle(status).toLowerCase().replace(/ /g, '-');
            return {
                status,
                code,
                detail: error.message
            };
        }
        this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
        return {
            status: 500,
            code: 'internal-error',
            detail: 'An unexpected error occurred; it has been logged.'
        };
    }
    constructor(){
        this.logger = new _common.Logger('Problem');
    }
};
ProblemFilter = _ts_decorate([
    (0, _common.Catch)()
], ProblemFilter);
function fieldsUnder(prefix) {
    return (error)=>{
        if (error instanceof _domain.DomainError && error.field) {
            const field = `${prefix}.${error.field}`;
            throw new ProblemException({
                status: error.status,
                code: error.code,
                detail: error.message,
                field,
                errors: [
                    {
                        field,
                        detail: error.message
                    }
                ]
            });
        }
        throw error;
    };
}

//# sourceMappingURL=problem.js.map