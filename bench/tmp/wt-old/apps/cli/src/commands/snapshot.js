"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "snapshotCommand", {
    enumerable: true,
    get: function() {
        return snapshotCommand;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _registry = require("../../../../../../work/main/libs/registry/src");
const _nodecrypto = require("node:crypto");
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _command = require("../command");
const _datadir = require("../data-dir");
const FORMS = [
    'json',
    'md',
    'html'
];
function scopeOf(values) {
    const given = [
        values.agreement !== undefined && {
            agreementId: values.agreement
        },
        values.party !== undefined && {
            partyId: values.party
        },
        values.kind !== undefined && {
            kind: values.kind
        }
    ].filter((scope)=>scope !== false);
    if (given.length !== 1) throw new _command.UsageError('give exactly one of --agreement ID, --party ID or --kind KIND');
    return given[0];
}
const snapshotCommand = {
    name: 'snapshot',
    usage: 'snapshot (--agreement ID | --party ID | --kind KIND) --on DATE --title T [--at POSITION] --out DIR',
    summary: 'generate a status snapshot, record it in the log and write it as <id>.json, <id>.md and <id>.html in DIR',
    async run (args, env) {
        const values = (0, _command.parseOptions)(args, {
            agreement: {
                type: 'string'
            },
            party: {
                type: 'string'
            },
            kind: {
                type: 'string'
            },
            on: {
                type: 'string'
            },
            title: {
                type: 'string'
            },
            at: {
                type: 'string'
            },
            out: {
                type: 'string'
            }
        });
        const scope = scopeOf(values);
        if (values.on === undefined) throw new _command.UsageError('--on DATE is required (YYYY-MM-DD)');
        if (values.title === undefined) throw new _command.UsageError('--title T is required');
        if (values.out === undefined) throw new _command.UsageError('--out DIR is required');
        if (values.at !== undefined && !/^\d{1,15}$/.test(values.at)) throw new _command.UsageError('--at must be a log position (a positive integer)');
        const request = {
            scope,
            on: values.on,
            title: values.title,
            ...values.at !== undefined && {
                atPosition: Number(values.at)
            }
        };
        const store = (0, _datadir.openExistingEventStore)(env);
        try {
            const snapshots = new _registry.Snapshots(store, _registry.systemClock);
            const { receipt, document } = await snapshots.generateWithDocument(request, {
                actor: 'cli',
                role: 'registrar',
                correlationId: (0, _nodecrypto.randomUUID)()
            }).catch((error)=>{
                if (error instanceof _domain.DomainError) throw new _command.UsageError(error.field ? `${error.field}: ${error.message}` : error.message);
                throw error;
            });
            const { snapshot, json, sha256 } = document;
            const dir = (0, _nodepath.resolve)(values.out);
            (0, _nodefs.mkdirSync)(dir, {
                recursive: true
            });
            const files = FORMS.map((form)=>{
                const file = (0, _nodepath.join)(dir, `${receipt.id}.${form}`);
                // Written aside and renamed, so a failure never leaves a plausible-looking partial document.
                (0, _nodefs.writeFileSync)(`${file}.partial`, (0, _registry.renderForm)(snapshot, json, sha256, form));
                (0, _nodefs.renameSync)(`${file}.partial`, file);
                return file;
            });
            console.log([
                `snapshot ${receipt.id}`,
                `as of position ${receipt.asOfPosition}, recorded at position ${receipt.position}`,
                `sha256 ${receipt.sha256}`,
                ...files
            ].join('\n'));
        } finally{
            await store.close();
        }
        return 0;
    }
};

//# sourceMappingURL=snapshot.js.map