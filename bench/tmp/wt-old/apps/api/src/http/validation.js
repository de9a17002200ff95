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
    get flatten () {
        return flatten;
    },
    get validationPipe () {
        return validationPipe;
    }
});
const _common = require("@nestjs/common");
const _problem = require("./problem");
/** `parties.1.partyId` as a reader of the request body writes it: `parties[1].partyId`. */ function fieldPath(parent, property) {
    if (/^\d+$/.test(property)) return `${parent}[${property}]`;
    return parent ? `${parent}.${property}` : property;
}
function flatten(errors, parent = '') {
    return errors.flatMap((error)=>{
        const field = fieldPath(parent, error.property);
        const own = Object.values(error.constraints ?? {}).map((detail)=>({
                field,
                detail: detail.startsWith('property ') ? `unknown field ${field} is not allowed` : detail.replace(error.property, field)
            }));
        return [
            ...own,
            ...flatten(error.children ?? [], field)
        ];
    });
}
const validationPipe = new _common.ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: {
        target: false,
        value: false
    },
    exceptionFactory: (errors)=>(0, _problem.fieldProblem)(422, 'invalid-request', flatten(errors))
});

//# sourceMappingURL=validation.js.map