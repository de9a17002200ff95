import type { SqlConnection } from '../../engine/sql-connection';
import type { PartyChanges } from './project';

/** Writes a party event's row changes with prepared statements, inside the engine's transaction. */
export class PartyWriter {
  private readonly sql;

  constructor(db: SqlConnection) {
    this.sql = {
      insert: db.prepare(
        'INSERT INTO parties (party_id, name, type, business_id, municipality_code, member_ids, revision, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      rename: db.prepare('UPDATE parties SET name = ? WHERE party_id = ?'),
      touch: db.prepare('UPDATE parties SET revision = ?, position = ? WHERE party_id = ?'),
      upsertPopulation: db.prepare(
        'INSERT INTO party_populations (party_id, year, population, source, assumed) VALUES (?, ?, ?, ?, ?) ' +
          'ON CONFLICT (party_id, year) DO UPDATE SET population = excluded.population, source = excluded.source, assumed = excluded.assumed',
      ),
    };
  }

  write({ insert, population, rename, touch }: PartyChanges): void {
    if (insert) {
      const { partyId, name, type, businessId, municipalityCode, memberIds, revision, position } = insert;
      this.sql.insert.run(partyId, name, type, businessId, municipalityCode, memberIds, revision, position);
    }
    if (population) {
      const { partyId, year, population: figure, source, assumed } = population;
      this.sql.upsertPopulation.run(partyId, year, figure, source, assumed);
    }
    if (rename) this.sql.rename.run(rename.name, rename.partyId);
    if (touch) this.sql.touch.run(touch.revision, touch.position, touch.partyId);
  }
}
