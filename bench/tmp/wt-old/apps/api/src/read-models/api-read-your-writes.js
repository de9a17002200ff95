"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ApiReadYourWrites", {
    enumerable: true,
    get: function() {
        return ApiReadYourWrites;
    }
});
const _swagger = require("@nestjs/swagger");
const ApiReadYourWrites = ()=>(0, _swagger.ApiQuery)({
        name: 'minPosition',
        required: false,
        description: 'wait (at most 5 s, else 503 with Retry-After) until the read models include this log position; a position past the end of the log is a 422'
    });

//# sourceMappingURL=api-read-your-writes.js.map