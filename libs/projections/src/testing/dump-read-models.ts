import { readOnly } from './read-only';

const TABLES: Record<string, string> = {
  parties: 'party_id, name, type, business_id, municipality_code, member_ids, revision, position',
  party_populations: 'party_id, year, population, source',
  agreements: 'agreement_id, kind, predecessor_id, state, revision, position',
  agreement_terms: 'agreement_id, version, terms',
  agreement_parties: 'agreement_id, party_id',
  obligations:
    'agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' +
    'recorded_from_position, recorded_from_at, recorded_to_position, recorded_to_at',
  obligation_terms: 'agreement_id, version, obligation_id, terms',
  deadlines: 'agreement_id, date, type, party_id, deadline',
  programmes: 'programme_id, kind, title, host_party_id, source, revision, position',
  programme_declines: 'programme_id, party_id, decided_on, source, assumed, seq',
  programme_agreements: 'programme_id, agreement_id',
};

/** Every read-model row in a stable order, for comparing an incrementally kept file with a rebuild. */
export function dumpReadModels(file: string): Record<string, unknown[]> {
  return readOnly(file, (db) =>
    Object.fromEntries(
      Object.entries(TABLES).map(([table, columns]) => [table, db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).raw().all()]),
    ),
  );
}
