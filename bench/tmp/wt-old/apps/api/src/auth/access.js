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
    get Access () {
        return Access;
    },
    get AccessGuard () {
        return AccessGuard;
    },
    get KeyInQueryAllowed () {
        return KeyInQueryAllowed;
    },
    get Public () {
        return Public;
    },
    get READERS_OF_REGISTRY () {
        return READERS_OF_REGISTRY;
    }
});
const _common = require("@nestjs/common");
const _core = require("@nestjs/core");
const _swagger = require("@nestjs/swagger");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _problem = require("../http/problem");
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
const ACCESS = 'pacta:access';
const Access = (...roles)=>(0, _common.applyDecorators)((0, _common.SetMetadata)(ACCESS, roles), (0, _swagger.ApiBearerAuth)());
const Public = ()=>(0, _common.SetMetadata)(ACCESS, 'public');
const KEY_IN_QUERY = 'pacta:key-in-query';
const KeyInQueryAllowed = ()=>(0, _common.SetMetadata)(KEY_IN_QUERY, true);
const KEY = /^[\x21-\x7e]{1,512}$/;
const READERS_OF_REGISTRY = [
    'registrar',
    'legal',
    'auditor'
];
const unauthorized = (detail)=>new _problem.ProblemException({
        status: 401,
        code: 'unauthorized',
        detail,
        field: 'Authorization',
        errors: [
            {
                field: 'Authorization',
                detail
            }
        ]
    });
let AccessGuard = class AccessGuard {
    constructor(reflector, keys){
        this.reflector = reflector;
        this.keys = keys;
    }
    async canActivate(context) {
        const access = this.reflector.getAllAndOverride(ACCESS, [
            context.getHandler(),
            context.getClass()
        ]);
        if (access === 'public') return true;
        const request = context.switchToHttp().getRequest();
        const header = request.headers.authorization;
        const bearer = typeof header === 'string' ? /^Bearer ([\x21-\x7e]{1,512})$/.exec(header)?.[1] : undefined;
        const inQuery = this.reflector.getAllAndOverride(KEY_IN_QUERY, [
            context.getHandler(),
            context.getClass()
        ]) ? request.query?.key : undefined;
        const presented = bearer ?? (typeof inQuery === 'string' && KEY.test(inQuery) ? inQuery : undefined);
        if (!presented) throw unauthorized('Send an API key as Authorization: Bearer <key>');
        const caller = await this.keys.authenticate(presented);
        if (!caller) throw unauthorized('The API key is not valid');
        request.caller = caller;
        if (!access || !access.includes(caller.role)) {
            throw new _problem.ProblemException({
                status: 403,
                code: 'forbidden',
                detail: `The ${caller.role} role may not do this`
            });
        }
        return true;
    }
};
AccessGuard = _ts_decorate([
    (0, _common.Injectable)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _core.Reflector === "undefined" ? Object : _core.Reflector,
        typeof _registry.KeyRing === "undefined" ? Object : _registry.KeyRing
    ])
], AccessGuard);

//# sourceMappingURL=access.js.map