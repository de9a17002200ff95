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
    get GetParty () {
        return GetParty;
    },
    get GetPartyHandler () {
        return GetPartyHandler;
    }
});
const _cqrs = require("@nestjs/cqrs");
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
let GetParty = class GetParty extends _cqrs.Query {
    constructor(partyId){
        super(), this.partyId = partyId;
    }
};
let GetPartyHandler = class GetPartyHandler {
    constructor(parties){
        this.parties = parties;
    }
    async execute({ partyId }) {
        const { state, revision } = await this.parties.load(partyId);
        return revision < 0 ? undefined : {
            id: partyId,
            revision,
            state
        };
    }
};
GetPartyHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetParty),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _partyrepository.PartyRepository === "undefined" ? Object : _partyrepository.PartyRepository
    ])
], GetPartyHandler);

//# sourceMappingURL=party.queries.js.map