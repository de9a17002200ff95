import { ACCESS_ROLES, AccessRole, keysFileIn, newKey, partyIdsOf, readKeysFile, writeKeysFile } from '@pacta/registry';
import { CliCommand, UsageError, parseOptions } from '../command';
import { dataDirOf } from '../data-dir';

export const keysCommand: CliCommand = {
  name: 'keys',
  usage: 'keys create --role ROLE [--party ID]... | keys list [--json] | keys revoke --id ID',
  summary: `manage API keys in PACTA_DATA_DIR/keys.json (roles ${ACCESS_ROLES.join(', ')}; --party scopes a key to the parties it acts for); a running service picks changes up within a second`,
  async run(args, env) {
    const [action, ...rest] = args;
    const values = parseOptions(rest, { role: { type: 'string' }, party: { type: 'string', multiple: true }, id: { type: 'string' }, json: { type: 'boolean' } });
    const file = keysFileIn(dataDirOf(env));
    switch (action) {
      case 'create': {
        const role = values.role as AccessRole | undefined;
        if (!role || !ACCESS_ROLES.includes(role)) throw new UsageError(`--role must be one of ${ACCESS_ROLES.join(', ')}`);
        let parties: string[] | undefined;
        try {
          parties = values.party && partyIdsOf(values.party, '--party');
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        const { key, stored } = newKey(role, parties);
        const record = await stored;
        const contents = readKeysFile(file);
        writeKeysFile(file, { ...contents, keys: [...contents.keys, record] });
        const actsFor = parties ? `acting for ${parties.join(', ')}` : 'acting for every party';
        console.error(`created ${role} key ${record.id}, ${actsFor}; it is shown only now, only its hash is kept in ${file}:`);
        console.log(key);
        return 0;
      }
      case 'list': {
        const keys = readKeysFile(file).keys.map(({ id, role, parties, createdAt, revokedAt }) => ({ id, role, parties: parties ?? ('*' as const), createdAt, revokedAt: revokedAt ?? null }));
        if (values.json) console.log(JSON.stringify(keys, null, 2));
        else if (keys.length === 0) console.log(`no keys in ${file}`);
        else {
          for (const k of keys) {
            const parties = k.parties === '*' ? 'all parties' : k.parties.join('+');
            console.log(`${k.id}  ${k.role.padEnd(9)}  for ${parties}  created ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}`);
          }
        }
        return 0;
      }
      case 'revoke': {
        if (!values.id) throw new UsageError('--id ID is required (see keys list)');
        const contents = readKeysFile(file);
        const found = contents.keys.find((k) => k.id === values.id);
        if (!found) throw new UsageError(`no key ${values.id} in ${file}`);
        if (found.revokedAt) {
          console.log(`key ${found.id} was already revoked at ${found.revokedAt}`);
          return 0;
        }
        const revokedAt = new Date().toISOString();
        writeKeysFile(file, { ...contents, keys: contents.keys.map((k) => (k.id === found.id ? { ...k, revokedAt } : k)) });
        console.log(`revoked ${found.role} key ${found.id} at ${revokedAt}; a running service refuses it within a second`);
        return 0;
      }
      default:
        throw new UsageError(action ? `no keys action "${action}"` : 'say create, list or revoke');
    }
  },
};
