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
    get MIN_POSITION_WAIT_MS () {
        return MIN_POSITION_WAIT_MS;
    },
    get MinPositionInterceptor () {
        return MinPositionInterceptor;
    }
});
const _common = require("@nestjs/common");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _projections = require("../../../../../../work/main/libs/projections/src");
const _rxjs = require("rxjs");
const _problem = require("../http/problem");
const _queryparams = require("../http/query-params");
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
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
const MIN_POSITION_WAIT_MS = 5000;
let MinPositionInterceptor = class MinPositionInterceptor {
    constructor(runner, store){
        this.runner = runner;
        this.store = store;
    }
    intercept(context, next) {
        if (context.getType() !== 'http') return next.handle();
        const request = context.switchToHttp().getRequest();
        if (request.method !== 'GET') return next.handle();
        const position = (0, _queryparams.integerQuery)(request.query?.minPosition, 'minPosition', {
            min: 0
        });
        if (position === undefined) return next.handle();
        return (0, _rxjs.from)(this.reached(position)).pipe((0, _rxjs.switchMap)((reached)=>{
            if (!reached) {
                context.switchToHttp().getResponse().setHeader('Retry-After', '1');
                throw new _problem.ProblemException({
                    status: 503,
                    code: 'read-models-behind',
                    detail: `the read models are at position ${this.runner.position()}, not yet ${position}; try again shortly`,
                    field: 'minPosition',
                    extensions: {
                        position: this.runner.position()
                    }
                });
            }
            return next.handle();
        }));
    }
    /** A position past the log's end was written by no one: waiting for it could only time out. */ async reached(position) {
        if (this.runner.position() >= position) return true;
        const head = await this.store.headPosition();
        if (position > head) {
            throw (0, _problem.fieldProblem)(422, 'position-not-written', [
                {
                    field: 'minPosition',
                    detail: `no write has reached position ${position}; the log ends at ${head}`
                }
            ]);
        }
        return this.runner.waitFor(position, MIN_POSITION_WAIT_MS);
    }
};
MinPositionInterceptor = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_param(1, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ProjectionRunner === "undefined" ? Object : _projections.ProjectionRunner,
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore
    ])
], MinPositionInterceptor);

//# sourceMappingURL=min-position.interceptor.js.map