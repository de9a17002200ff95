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
    get ApiIdParam () {
        return ApiIdParam;
    },
    get IdParam () {
        return IdParam;
    }
});
const _common = require("@nestjs/common");
const _swagger = require("@nestjs/swagger");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _fields = require("./fields");
const _problem = require("./problem");
let IdPipe = class IdPipe {
    constructor(name){
        this.name = name;
    }
    transform(value) {
        if (!_domain.ID_PATTERN.test(value)) {
            throw (0, _problem.fieldProblem)(400, 'invalid-id', [
                {
                    field: this.name,
                    detail: `must be an id: ${_fields.ID_PATTERN_TEXT}`
                }
            ]);
        }
        return value;
    }
};
const IdParam = (name = 'id')=>(0, _common.Param)(name, new IdPipe(name));
const ApiIdParam = (name = 'id')=>(0, _swagger.ApiParam)({
        name,
        type: String,
        schema: {
            type: 'string',
            pattern: _domain.ID_PATTERN.source
        }
    });

//# sourceMappingURL=id-param.js.map