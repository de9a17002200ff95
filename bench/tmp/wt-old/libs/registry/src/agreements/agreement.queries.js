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
    get GetAgreement () {
        return GetAgreement;
    },
    get GetAgreementEvents () {
        return GetAgreementEvents;
    },
    get GetAgreementEventsHandler () {
        return GetAgreementEventsHandler;
    },
    get GetAgreementHandler () {
        return GetAgreementHandler;
    },
    get VersionNotFound () {
        return VersionNotFound;
    }
});
const _cqrs = require("@nestjs/cqrs");
const _domain = require("../../../../../../work/main/libs/domain/src");
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
let GetAgreement = class GetAgreement extends _cqrs.Query {
    constructor(agreementId, on, options = {}){
        super(), this.agreementId = agreementId, this.on = on, this.options = options;
    }
};
let VersionNotFound = class VersionNotFound extends Error {
    constructor(version){
        super(`version ${version} does not exist`), this.version = version;
    }
};
/** The events the registry held at `knownAt`: a prefix of the stream, since a stream is recorded in order. */ function knownPrefix(events, knownAt) {
    const known = 'position' in knownAt ? (e)=>e.globalPosition <= knownAt.position : (e)=>Date.parse(e.metadata.recordedAt) <= Date.parse(knownAt.instant);
    const firstUnknown = events.findIndex((e)=>!known(e));
    return firstUnknown < 0 ? events : events.slice(0, firstUnknown);
}
let GetAgreementHandler = class GetAgreementHandler {
    constructor(agreements){
        this.agreements = agreements;
    }
    async execute({ agreementId, on, options }) {
        const loaded = await this.agreements.load(agreementId);
        let { state, revision } = loaded;
        let knownAt;
        if (options.knownAt) {
            const events = knownPrefix(loaded.events, options.knownAt);
            state = events.reduce((s, e)=>(0, _domain.evolveAgreement)(s, e), _domain.initialAgreementState);
            revision = events.length - 1;
            const last = events.at(-1);
            if (last) knownAt = {
                position: last.globalPosition,
                recordedAt: last.metadata.recordedAt
            };
        }
        if (revision < 0) return undefined;
        const review = (0, _domain.reviewDueOn)(state, on);
        const view = {
            id: agreementId,
            revision,
            status: (0, _domain.statusOn)(state, on),
            on,
            reviewDue: review.due,
            reviewOverdue: review.overdue,
            ...knownAt ? {
                knownAt
            } : {},
            state
        };
        if (options.version !== undefined) {
            const version = (0, _domain.findVersion)(state, options.version);
            if (!version) throw new VersionNotFound(options.version);
            view.version = version;
        }
        return view;
    }
};
GetAgreementHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetAgreement),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _agreementrepository.AgreementRepository === "undefined" ? Object : _agreementrepository.AgreementRepository
    ])
], GetAgreementHandler);
let GetAgreementEvents = class GetAgreementEvents extends _cqrs.Query {
    constructor(agreementId){
        super(), this.agreementId = agreementId;
    }
};
let GetAgreementEventsHandler = class GetAgreementEventsHandler {
    constructor(agreements){
        this.agreements = agreements;
    }
    async execute({ agreementId }) {
        const { events } = await this.agreements.load(agreementId);
        return events.length ? events : undefined;
    }
};
GetAgreementEventsHandler = _ts_decorate([
    (0, _cqrs.QueryHandler)(GetAgreementEvents),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _agreementrepository.AgreementRepository === "undefined" ? Object : _agreementrepository.AgreementRepository
    ])
], GetAgreementEventsHandler);

//# sourceMappingURL=agreement.queries.js.map