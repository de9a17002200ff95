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
    get PartyRepository () {
        return PartyRepository;
    },
    get partyStream () {
        return partyStream;
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
const partyStream = (partyId)=>`party-${partyId}`;
let PartyRepository = class PartyRepository {
    constructor(store, clock){
        this.streams = new _streamrepository.StreamRepository(store, {
            initial: _domain.initialPartyState,
            evolve: _domain.evolveParty
        }, clock);
    }
    load(partyId) {
        return this.streams.load(partyStream(partyId));
    }
    update(partyId, decide, context) {
        return this.streams.update(partyId, partyStream(partyId), decide, context);
    }
    /** The types of those of `partyIds` that are registered; the deciders refuse the rest by name. */ async typesOf(partyIds) {
        const unique = [
            ...new Set(partyIds)
        ];
        const loaded = await Promise.all(unique.map((id)=>this.streams.loadState(partyStream(id))));
        const types = {};
        loaded.forEach(({ state }, i)=>{
            if (state.exists && state.type) types[unique[i]] = state.type;
        });
        return types;
    }
};
PartyRepository = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_param(0, (0, _common.Inject)(_eventstore.EVENT_STORE)),
    _ts_param(1, (0, _common.Inject)(_clock.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _eventstore.EventStore === "undefined" ? Object : _eventstore.EventStore,
        typeof _clock.Clock === "undefined" ? Object : _clock.Clock
    ])
], PartyRepository);

//# sourceMappingURL=party.repository.js.map