"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "keysCommand", {
    enumerable: true,
    get: function() {
        return keysCommand;
    }
});
const _registry = require("../../../../../../work/main/libs/registry/src");
const _command = require("../command");
const _datadir = require("../data-dir");
const keysCommand = {
    name: 'keys',
    usage: 'keys create --role ROLE | keys list [--json] | keys revoke --id ID',
    summary: `manage API keys in PACTA_DATA_DIR/keys.json (roles ${_registry.ACCESS_ROLES.join(', ')}); a running service picks changes up within a second`,
    async run (args, env) {
        const [action, ...rest] = args;
        const values = (0, _command.parseOptions)(rest, {
            role: {
                type: 'string'
            },
            id: {
                type: 'string'
            },
            json: {
                type: 'boolean'
            }
        });
        const file = (0, _registry.keysFileIn)((0, _datadir.dataDirOf)(env));
        switch(action){
            case 'create':
                {
                    const role = values.role;
                    if (!role || !_registry.ACCESS_ROLES.includes(role)) throw new _command.UsageError(`--role must be one of ${_registry.ACCESS_ROLES.join(', ')}`);
                    const { key, stored } = (0, _registry.newKey)(role);
                    const record = await stored;
                    const contents = (0, _registry.readKeysFile)(file);
                    (0, _registry.writeKeysFile)(file, {
                        ...contents,
                        keys: [
                            ...contents.keys,
                            record
                        ]
                    });
                    console.error(`created ${role} key ${record.id}; it is shown only now, only its hash is kept in ${file}:`);
                    console.log(key);
                    return 0;
                }
            case 'list':
                {
                    const keys = (0, _registry.readKeysFile)(file).keys.map(({ id, role, createdAt, revokedAt })=>({
                            id,
                            role,
                            createdAt,
                            revokedAt: revokedAt ?? null
                        }));
                    if (values.json) console.log(JSON.stringify(keys, null, 2));
                    else if (keys.length === 0) console.log(`no keys in ${file}`);
                    else for (const k of keys)console.log(`${k.id}  ${k.role.padEnd(9)}  created ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}`);
                    return 0;
                }
            case 'revoke':
                {
                    if (!values.id) throw new _command.UsageError('--id ID is required (see keys list)');
                    const contents = (0, _registry.readKeysFile)(file);
                    const found = contents.keys.find((k)=>k.id === values.id);
                    if (!found) throw new _command.UsageError(`no key ${values.id} in ${file}`);
                    if (found.revokedAt) {
                        console.log(`key ${found.id} was already revoked at ${found.revokedAt}`);
                        return 0;
                    }
                    const revokedAt = new Date().toISOString();
                    (0, _registry.writeKeysFile)(file, {
                        ...contents,
                        keys: contents.keys.map((k)=>k.id === found.id ? {
                                ...k,
                                revokedAt
                            } : k)
                    });
                    console.log(`revoked ${found.role} key ${found.id} at ${revokedAt}; a running service refuses it within a second`);
                    return 0;
                }
            default:
                throw new _command.UsageError(action ? `no keys action "${action}"` : 'say create, list or revoke');
        }
    }
};

//# sourceMappingURL=keys.js.map