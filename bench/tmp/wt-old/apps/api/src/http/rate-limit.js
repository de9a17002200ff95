"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "RateLimitPerKey", {
    enumerable: true,
    get: function() {
        return RateLimitPerKey;
    }
});
const _common = require("@nestjs/common");
const _throttler = require("@nestjs/throttler");
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
let RateLimitPerKey = class RateLimitPerKey extends _throttler.ThrottlerGuard {
    async getTracker(request) {
        return request.caller ? `key:${request.caller.actor}` : `ip:${request.ip}`;
    }
};
RateLimitPerKey = _ts_decorate([
    (0, _common.Injectable)()
], RateLimitPerKey);

//# sourceMappingURL=rate-limit.js.map