"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "dumpReadModels", {
    enumerable: true,
    get: function() {
        return dumpReadModels;
    }
});
const _readonly = require("./read-only");
const TABLES = {
    parties: 'party_id, name, type, business_id, municipality_code, member_ids, revision, position',
    party_populations: 'party_id, year, population, source',
    agreements: 'agreement_id, kind, predecessor_id, state, revision, position',
    agreement_parties: 'agreement_id, party_id',
    obligations: 'agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' + 'recorded_from_position, recorded_from_at, recorded_to_position, recorded_to_at',
    obligation_terms: 'agreement_id, version, obligation_id, terms',
    deadlines: 'agreement_id, date, type, party_id, deadline'
};
function dumpReadModels(file) {
    return (0, _readonly.readOnly)(file, (db)=>Object.fromEntries(Object.entries(TABLES).map(([table, columns])=>[
                table,
                db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).raw().all()
            ])));
}

//# sourceMappingURL=dump-read-models.js.map