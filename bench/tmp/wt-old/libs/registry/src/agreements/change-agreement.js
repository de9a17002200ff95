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
    get ChangeAgreement () {
        return ChangeAgreement;
    },
    get ChangeAgreementHandler () {
        return ChangeAgreementHandler;
    },
    get completeAgreementRequest () {
        return completeAgreementRequest;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _domain = require("../../../../../../work/main/libs/domain/src");
const _clock = require("../clock/clock");
const _partyrepository = require("../parties/party.repository");
const _agreementrepository = require("./agreement.repository");
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
async function completeAgreementRequest(request, today, typesOf) {
    switch(request.type){
        case 'DraftAgreement':
        case 'ReviseDraft':
            return {
                ...request,
                today,
                partyTypes: await typesOf(request.terms.parties.map((p)=>p.partyId))
            };
        case 'JoinParty':
            return {
                ...request,
                today,
                partyType: (await typesOf([
                    request.partyId
                ]))[request.partyId]
            };
        default:
            return {
                ...request,
                today
            };
    }
}
let ChangeAgreement = class ChangeAgreement extends _cqrs.Command {
    constructor(request, context){
        super(), this.request = request, this.context = context;
    }
};
let ChangeAgreementHandler = class ChangeAgreementHandler {
    constructor(agreements, parties, clock){
        this.agreements = agreements;
        this.parties = parties;
        this.clock = clock;
    }
    async execute({ request, context }) {
        const command = await completeAgreementRequest(request, (0, _clock.registryDate)(this.clock.now()), (ids)=>this.parties.typesOf(ids));
        return this.agreements.update(request.agreementId, (state)=>(0, _domain.decideAgreement)(command, state), context);
    }
};
ChangeAgreementHandler = _ts_decorate([
    (0, _cqrs.CommandHandler)(ChangeAgreement),
    _ts_param(2, (0, _common.Inject)(_clock.CLOCK)),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _agreementrepository.AgreementRepository === "undefined" ? Object : _agreementrepository.AgreementRepository,
        typeof _partyrepository.PartyRepository === "undefined" ? Object : _partyrepository.PartyRepository,
        typeof _clock.Clock === "undefined" ? Object : _clock.Clock
    ])
], ChangeAgreementHandler);

//# sourceMappingURL=change-agreement.js.map