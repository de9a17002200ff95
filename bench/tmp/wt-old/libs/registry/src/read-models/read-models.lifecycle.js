"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ReadModelsLifecycle", {
    enumerable: true,
    get: function() {
        return ReadModelsLifecycle;
    }
});
const _common = require("@nestjs/common");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _projections = require("../../../../../../work/main/libs/projections/src");
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
let ReadModelsLifecycle = class ReadModelsLifecycle {
    constructor(runner, queries, store){
        this.runner = runner;
        this.queries = queries;
        this.store = store;
        this.logger = new _common.Logger('ReadModels');
    }
    async onApplicationBootstrap() {
        await this.runner.start();
        this.logger.log(`read models at position ${this.runner.position()} (${this.runner.file})`);
    }
    async onApplicationShutdown() {
        await this.runner.stop();
        this.queries.close();
        await this.store.close();
    }
};
ReadModelsLifecycle = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_param(2, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _projections.ProjectionRunner === "undefined" ? Object : _projections.ProjectionRunner,
        typeof _projections.ReadModelQueries === "undefined" ? Object : _projections.ReadModelQueries,
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore
    ])
], ReadModelsLifecycle);

//# sourceMappingURL=read-models.lifecycle.js.map