"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ReplayHeader", {
    enumerable: true,
    get: function() {
        return ReplayHeader;
    }
});
const _common = require("@nestjs/common");
const _rxjs = require("rxjs");
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
/** Every write's answer (WriteResult, SnapshotReceipt) carries `replayed` when it replays an earlier one. */ const isReplayable = (value)=>typeof value === 'object' && value !== null && 'replayed' in value;
let ReplayHeader = class ReplayHeader {
    intercept(context, next) {
        return next.handle().pipe((0, _rxjs.map)((result)=>{
            if (!isReplayable(result)) return result;
            const { replayed, ...answer } = result;
            if (replayed) context.switchToHttp().getResponse().setHeader('Idempotent-Replayed', 'true');
            return answer;
        }));
    }
};
ReplayHeader = _ts_decorate([
    (0, _common.Injectable)()
], ReplayHeader);

//# sourceMappingURL=replay-header.js.map