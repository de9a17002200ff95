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
    get ChangeParty () {
        return ChangeParty;
    },
    get ChangePartyHandler () {
        return ChangePartyHandler;
    },
    get completePartyRequest () {
        return completePartyRequest;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _clock = require("../clock/clock");
const _partyrepository = require("./party.repository");
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
async function completePartyRequest(request, today, typesOf) {
    return request.type === 'RegisterParty' ? {
        ...request,
        today,
        knownPartyIds: Object.keys(await typesOf(request.memberIds ?? []))
    } : {
        ...request,
        today
    };
}
let ChangeParty = class ChangeParty extends _cqrs.Command {
    constructor(request, context){
        super(), this.request = request, this.context = context;
    }
};
let ChangePartyHandler = class ChangePartyHandler {
    constructor(parties, clock){
        this.parties = parties;
        this.clock = clock;
    }
    async execute({ request, context }) {
        const command = await completePartyRequest(request, (0, _clock.registryDate)(this.clock.now()), (ids)=>this.parties.typesOf(ids));
        return this.parties.update(request.partyId, (state)=>(0, _domain.decideParty)(command, state), context);
    }
};
ChangePartyHandler = _ts_decorate([
    (0, _cqrs.CommandHandler)(ChangeParty),
    _ts_param(1, (0, _common.Inject)(_clock.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _partyrepository.PartyRepository === "undefined" ? Object : _partyrepository.PartyRepository,
        typeof _clock.Clock === "undefined" ? Object : _clock.Clock
    ])
], ChangePartyHandler);

//# sourceMappingURL=change-party.js.map