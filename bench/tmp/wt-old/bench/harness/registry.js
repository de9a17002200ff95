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
    get BENCH_ACTOR () {
        return BENCH_ACTOR;
    },
    get SettableClock () {
        return SettableClock;
    },
    get commandContext () {
        return commandContext;
    },
    get openRegistry () {
        return openRegistry;
    }
});
const _core = require("@nestjs/core");
const _cqrs = require("@nestjs/cqrs");
const _registry = require("../../../../work/main/libs/registry/src");
const _nodecrypto = require("node:crypto");
let SettableClock = class SettableClock {
    set(at) {
        this.instant = new Date(at);
    }
    now() {
        return this.instant;
    }
    constructor(){
        this.instant = new Date('2005-01-01T00:00:00Z');
    }
};
const BENCH_ACTOR = 'bench-registrar';
function commandContext() {
    return {
        actor: BENCH_ACTOR,
        role: 'registrar',
        correlationId: (0, _nodecrypto.randomUUID)()
    };
}
async function openRegistry(store, readModelsFile) {
    const clock = new SettableClock();
    // readModelsFile is for the read side's runner; registries without one ignore it.
    const options = {
        store,
        clock,
        readModelsFile
    };
    const app = await _core.NestFactory.createApplicationContext(_registry.RegistryModule.forRoot(options), {
        logger: [
            'error'
        ]
    });
    await app.init();
    const bus = app.get(_cqrs.CommandBus);
    return {
        app,
        run (step) {
            clock.set(step.at);
            return step.kind === 'party' ? bus.execute(new _registry.ChangeParty(step.request, commandContext())) : bus.execute(new _registry.ChangeAgreement(step.request, commandContext()));
        },
        close: ()=>app.close()
    };
}

//# sourceMappingURL=registry.js.map