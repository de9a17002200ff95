"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Drain", {
    enumerable: true,
    get: function() {
        return Drain;
    }
});
const _common = require("@nestjs/common");
const _problem = require("./problem");
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
let Drain = class Drain {
    onModuleDestroy() {
        this.draining = true;
    }
    constructor(){
        this.draining = false;
        this.refuseWhenDraining = (request, response, next)=>{
            if (!this.draining) return next();
            response.setHeader('Connection', 'close');
            response.setHeader('Retry-After', '1');
            (0, _problem.sendProblem)(response, request, {
                status: 503,
                code: 'shutting-down',
                detail: 'This instance is stopping; nothing was done. Try again.'
            });
        };
    }
};
Drain = _ts_decorate([
    (0, _common.Injectable)()
], Drain);

//# sourceMappingURL=drain.js.map