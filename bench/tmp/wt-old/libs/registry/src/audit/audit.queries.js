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
    get ExportLog () {
        return ExportLog;
    },
    get ExportLogHandler () {
        return ExportLogHandler;
    },
    get GetLog () {
        return GetLog;
    },
    get GetLogHandler () {
        return GetLogHandler;
    },
    get VerifyLog () {
        return VerifyLog;
    },
    get VerifyLogHandler () {
        return VerifyLogHandler;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _envelope = require("./envelope");
const _exportlog = require("./export-log");
const _verifylog = require("./verify-log");
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
let GetLog = class GetLog extends _cqrs.Query {
    constructor(after, limit){
        super(), this.after = after, this.limit = limit;
    }
};
let GetLogHandler = class GetLogHandler {
    constructor(store){
        this.store = store;
    }
    async execute({ after, limit }) {
        const events = (await this.store.readAll(after, limit)).map(_envelope.envelopeOf);
        const last = events.at(-1)?.globalPosition;
        const next = last !== undefined && events.length === limit && last < await this.store.headPosition() ? last : null;
        return {
            events,
            next
        };
    }
};
GetLogHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetLog),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore
    ])
], GetLogHandler);
let VerifyLog = class VerifyLog extends _cqrs.Query {
    constructor(options = {}){
        super(), this.options = options;
    }
};
let VerifyLogHandler = class VerifyLogHandler {
    constructor(store){
        this.store = store;
    }
    execute({ options }) {
        return (0, _verifylog.verifyLog)(this.store, options);
    }
};
VerifyLogHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(VerifyLog),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore
    ])
], VerifyLogHandler);
let ExportLog = class ExportLog extends _cqrs.Query {
};
let ExportLogHandler = class ExportLogHandler {
    constructor(store){
        this.store = store;
    }
    async execute() {
        return (0, _exportlog.exportNdjson)(this.store);
    }
};
ExportLogHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(ExportLog),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore
    ])
], ExportLogHandler);

//# sourceMappingURL=audit.queries.js.map