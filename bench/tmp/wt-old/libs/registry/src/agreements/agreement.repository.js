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
    get AgreementRepository () {
        return AgreementRepository;
    },
    get agreementStream () {
        return agreementStream;
    }
});
const _common = require("@nestjs/common");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _clock = require("../clock/clock");
const _streamrepository = require("../streams/stream-repository");
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
const agreementStream = (agreementId)=>`agreement-${agreementId}`;
let AgreementRepository = class AgreementRepository {
    constructor(store, clock){
        this.streams = new _streamrepository.StreamRepository(store, {
            initial: _domain.initialAgreementState,
            evolve: _domain.evolveAgreement
        }, clock);
    }
    load(agreementId) {
        return this.streams.load(agreementStream(agreementId));
    }
    update(agreementId, decide, context) {
        return this.streams.update(agreementId, agreementStream(agreementId), decide, context);
    }
};
AgreementRepository = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_param(1, (0, _common.Inject)(_clock.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore,
        typeof _clock.Clock === "undefined" ? Object : _clock.Clock
    ])
], AgreementRepository);

//# sourceMappingURL=agreement.repository.js.map