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
    get ACCESS_ROLES () {
        return ACCESS_ROLES;
    },
    get KeyRing () {
        return KeyRing;
    },
    get keysFileIn () {
        return keysFileIn;
    },
    get newKey () {
        return newKey;
    },
    get parseApiKeys () {
        return parseApiKeys;
    },
    get readKeysFile () {
        return readKeysFile;
    },
    get writeKeysFile () {
        return writeKeysFile;
    }
});
const _nodecrypto = require("node:crypto");
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _nodeutil = require("node:util");
const scrypt = (0, _nodeutil.promisify)(_nodecrypto.scrypt);
const ACCESS_ROLES = [
    'registrar',
    'legal',
    'auditor'
];
const sha256 = (text)=>(0, _nodecrypto.createHash)('sha256').update(text).digest();
function parseApiKeys(value) {
    if (!value || value.trim() === '') return [];
    return value.split(',').map((pair, i)=>{
        const at = pair.indexOf(':');
        const role = pair.slice(0, at).trim();
        const key = pair.slice(at + 1).trim();
        if (at < 1 || !ACCESS_ROLES.includes(role)) {
            throw new Error(`PACTA_API_KEYS entry ${i + 1} must be role:key with role one of ${ACCESS_ROLES.join(', ')}`);
        }
        if (key.length < 16) throw new Error(`PACTA_API_KEYS entry ${i + 1} (${role}): a key needs at least 16 characters`);
        return {
            role,
            key
        };
    });
}
function newKey(role) {
    const id = (0, _nodecrypto.randomBytes)(6).toString('hex');
    const secret = (0, _nodecrypto.randomBytes)(24).toString('base64url');
    const salt = (0, _nodecrypto.randomBytes)(16);
    const key = `pk_${id}_${secret}`;
    const stored = scrypt(secret, salt, 32).then((hash)=>({
            id,
            role,
            salt: salt.toString('base64'),
            hash: hash.toString('base64'),
            createdAt: new Date().toISOString()
        }));
    return {
        key,
        stored
    };
}
const keysFileIn = (dataDir)=>(0, _nodepath.join)(dataDir, 'keys.json');
function readKeysFile(file) {
    if (!(0, _nodefs.existsSync)(file)) return {
        keys: []
    };
    const parsed = JSON.parse((0, _nodefs.readFileSync)(file, 'utf8'));
    if (!Array.isArray(parsed.keys)) throw new Error(`${file} is not a Pacta keys file`);
    return parsed;
}
function writeKeysFile(file, contents) {
    (0, _nodefs.mkdirSync)((0, _nodepath.dirname)(file), {
        recursive: true
    });
    const temporary = `${file}.${process.pid}.tmp`;
    (0, _nodefs.writeFileSync)(temporary, JSON.stringify(contents, null, 2) + '\n', {
        mode: 0o600
    });
    (0, _nodefs.renameSync)(temporary, file);
}
let KeyRing = class KeyRing {
    constructor(envKeys, keysFile){
        this.envKeys = envKeys;
        this.keysFile = keysFile;
        this.fileKeys = new Map();
        this.fileStamp = '';
        this.verified = new Map();
        this.checkedAt = 0;
        this.envCallers = envKeys.map(({ role, key })=>{
            const digest = sha256(key);
            return {
                digest,
                caller: {
                    role,
                    actor: `env-${role}-${digest.toString('hex').slice(0, 8)}`
                }
            };
        });
        this.reloadIfChanged();
    }
    get size() {
        return this.envKeys.length + [
            ...this.fileKeys.values()
        ].filter((k)=>!k.revokedAt).length;
    }
    async authenticate(presented) {
        this.reloadIfChanged();
        const digest = sha256(presented);
        for (const { digest: expected, caller } of this.envCallers){
            if ((0, _nodecrypto.timingSafeEqual)(digest, expected)) return {
                ...caller
            };
        }
        const match = /^pk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(presented);
        if (!match) return undefined;
        const stored = this.fileKeys.get(match[1]);
        if (!stored || stored.revokedAt) return undefined;
        const cacheKey = digest.toString('hex');
        const cached = this.verified.get(cacheKey);
        if (cached) return cached;
        const hash = await scrypt(match[2], Buffer.from(stored.salt, 'base64'), 32);
        const expected = Buffer.from(stored.hash, 'base64');
        if (hash.length !== expected.length || !(0, _nodecrypto.timingSafeEqual)(hash, expected)) return undefined;
        const caller = {
            role: stored.role,
            actor: `key-${stored.id}`
        };
        this.verified.set(cacheKey, caller);
        return caller;
    }
    reloadIfChanged() {
        if (Date.now() - this.checkedAt < 1000) return;
        this.checkedAt = Date.now();
        let stamp = '';
        try {
            const stat = (0, _nodefs.statSync)(this.keysFile);
            stamp = `${stat.mtimeMs}:${stat.size}`;
        } catch  {
            stamp = 'absent';
        }
        if (stamp === this.fileStamp) return;
        this.fileStamp = stamp;
        this.fileKeys = new Map(readKeysFile(this.keysFile).keys.map((k)=>[
                k.id,
                k
            ]));
        this.verified.clear();
    }
};

//# sourceMappingURL=api-keys.js.map