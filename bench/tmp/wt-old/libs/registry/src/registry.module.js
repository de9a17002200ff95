"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "RegistryModule", {
    enumerable: true,
    get: function() {
        return RegistryModule;
    }
});
const _common = require("@nestjs/common");
const _cqrs = require("@nestjs/cqrs");
const _eventstore = require("../../../../../work/main/libs/event-store/src");
const _agreementrepository = require("./agreements/agreement.repository");
const _agreementqueries = require("./agreements/agreement.queries");
const _changeagreement = require("./agreements/change-agreement");
const _auditqueries = require("./audit/audit.queries");
const _clock = require("./clock/clock");
const _changeparty = require("./parties/change-party");
const _partyqueries = require("./parties/party.queries");
const _partyrepository = require("./parties/party.repository");
const _projections = require("../../../../../work/main/libs/projections/src");
const _readmodelqueries = require("./read-models/read-model.queries");
const _readmodelslifecycle = require("./read-models/read-models.lifecycle");
const _snapshothandlers = require("./snapshots/snapshot.handlers");
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
const READ_MODELS_LOG = new _common.Logger('ReadModels');
let RegistryModule = class RegistryModule {
    static forRoot({ store, clock = _clock.systemClock, readModelsFile }) {
        return {
            module: RegistryModule,
            global: true,
            imports: [
                _cqrs.CqrsModule.forRoot()
            ],
            providers: [
                {
                    provide: _eventstore.EVENT_STORE,
                    useValue: store
                },
                {
                    provide: _clock.CLOCK,
                    useValue: clock
                },
                _agreementrepository.AgreementRepository,
                _partyrepository.PartyRepository,
                _changeagreement.ChangeAgreementHandler,
                _changeparty.ChangePartyHandler,
                _agreementqueries.GetAgreementHandler,
                _agreementqueries.GetAgreementEventsHandler,
                _partyqueries.GetPartyHandler,
                _auditqueries.GetLogHandler,
                _auditqueries.VerifyLogHandler,
                _auditqueries.ExportLogHandler,
                {
                    provide: _projections.ProjectionRunner,
                    // Through Nest's logger, so a stalled projection is a structured log line like every other.
                    useFactory: ()=>new _projections.ProjectionRunner(store, {
                            file: readModelsFile,
                            log: (message)=>READ_MODELS_LOG.warn(message)
                        })
                },
                // Its own connection, opened after the runner has created the tables.
                {
                    provide: _projections.ReadModelQueries,
                    useFactory: ()=>_projections.ReadModelQueries.open(readModelsFile),
                    inject: [
                        _projections.ProjectionRunner
                    ]
                },
                _readmodelslifecycle.ReadModelsLifecycle,
                ..._readmodelqueries.READ_MODEL_QUERY_HANDLERS,
                ..._snapshothandlers.SNAPSHOT_PROVIDERS
            ],
            exports: [
                _eventstore.EVENT_STORE,
                _clock.CLOCK,
                _cqrs.CqrsModule,
                _projections.ProjectionRunner,
                _projections.ReadModelQueries
            ]
        };
    }
};
RegistryModule = _ts_decorate([
    (0, _common.Module)({})
], RegistryModule);

//# sourceMappingURL=registry.module.js.map