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
    get GenerateStatusSnapshot () {
        return GenerateStatusSnapshot;
    },
    get GenerateStatusSnapshotHandler () {
        return GenerateStatusSnapshotHandler;
    },
    get GetSnapshot () {
        return GetSnapshot;
    },
    get GetSnapshotHandler () {
        return GetSnapshotHandler;
    },
    get RenderSnapshot () {
        return RenderSnapshot;
    },
    get RenderSnapshotHandler () {
        return RenderSnapshotHandler;
    },
    get SNAPSHOT_PROVIDERS () {
        return SNAPSHOT_PROVIDERS;
    },
    get SnapshotService () {
        return SnapshotService;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _clock = require("../clock/clock");
const _snapshots = require("./snapshots");
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
let SnapshotService = class SnapshotService extends _snapshots.Snapshots {
    constructor(store, clock){
        super(store, clock);
    }
};
SnapshotService = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_param(1, (0, _common.Inject)(_clock.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore,
        typeof _clock.Clock === "undefined" ? Object : _clock.Clock
    ])
], SnapshotService);
let GenerateStatusSnapshot = class GenerateStatusSnapshot extends _cqrs.Command {
    constructor(request, context){
        super(), this.request = request, this.context = context;
    }
};
let GenerateStatusSnapshotHandler = class GenerateStatusSnapshotHandler {
    constructor(snapshots){
        this.snapshots = snapshots;
    }
    execute({ request, context }) {
        return this.snapshots.generate(request, context);
    }
};
GenerateStatusSnapshotHandler = _ts_decorate([
    (0, _cqrs.CommandHandler)(GenerateStatusSnapshot),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof SnapshotService === "undefined" ? Object : SnapshotService
    ])
], GenerateStatusSnapshotHandler);
let GetSnapshot = class GetSnapshot extends _cqrs.Query {
    constructor(snapshotId){
        super(), this.snapshotId = snapshotId;
    }
};
let GetSnapshotHandler = class GetSnapshotHandler {
    constructor(snapshots){
        this.snapshots = snapshots;
    }
    execute({ snapshotId }) {
        return this.snapshots.find(snapshotId);
    }
};
GetSnapshotHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetSnapshot),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof SnapshotService === "undefined" ? Object : SnapshotService
    ])
], GetSnapshotHandler);
let RenderSnapshot = class RenderSnapshot extends _cqrs.Query {
    constructor(snapshotId, form){
        super(), this.snapshotId = snapshotId, this.form = form;
    }
};
let RenderSnapshotHandler = class RenderSnapshotHandler {
    constructor(snapshots){
        this.snapshots = snapshots;
    }
    execute({ snapshotId, form }) {
        return this.snapshots.render(snapshotId, form);
    }
};
RenderSnapshotHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(RenderSnapshot),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof SnapshotService === "undefined" ? Object : SnapshotService
    ])
], RenderSnapshotHandler);
const SNAPSHOT_PROVIDERS = [
    SnapshotService,
    GenerateStatusSnapshotHandler,
    GetSnapshotHandler,
    RenderSnapshotHandler
];

//# sourceMappingURL=snapshot.handlers.js.map