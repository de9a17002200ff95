"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _common = require("@nestjs/common");
const _app = require("../../apps/api/src/app");
const _config = require("../../apps/api/src/config");
const _baselinecontroller = require("./baseline.controller");
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
let BenchAppModule = class BenchAppModule {
    static with(production) {
        return {
            module: BenchAppModule,
            imports: [
                production
            ],
            controllers: [
                _baselinecontroller.BaselineController
            ]
        };
    }
};
BenchAppModule = _ts_decorate([
    (0, _common.Module)({})
], BenchAppModule);
/** The production app plus the baseline routes, in one process; tells its parent the port once it listens. */ async function main() {
    const { app } = await (0, _app.createPacta)((0, _config.loadConfig)(process.env), {
        around: BenchAppModule.with
    });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    process.send?.({
        port: typeof address === 'object' && address ? address.port : 0
    });
    process.on('message', async (message)=>{
        if (message === 'stop') {
            await app.close();
            process.exit(0);
        }
    });
}
main().catch((error)=>{
    console.error(error);
    process.exit(1);
});

//# sourceMappingURL=server.js.map