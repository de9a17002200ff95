import type { SqlConnection } from '../../engine/sql-connection';
import type { PartyChanges } from './project';

/** The year's figure is still the one a correction names. */
const SAME_POPULATION = 'party_id = ? AND year = ? AND population = ? AND source = ? AND assumed IS ?';

/** Writes a party event's row changes with prepared statements, inside the engine's transaction. */
export class PartyWriter {
  private readonly sql;

  constructor(db: SqlConnection) {
    this.sql = {
      insert: db.prepare(
        'INSERT INTO parties (party_id, name, type, business_id, municipality_code, member_ids, revision, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      rename: db.prepare('UPDATE parties SET name = ? WHERE party_id = ?'),
      correctName: db.prepare('UPDATE parties SET name = ? WHERE party_id = ? AND name = ?'),
      correctRegistration: db.prepare('UPDATE parties SET business_id = ?, municipality_code = ? WHERE party_id = ?'),
      replacePopulation: db.prepare(
        `UPDATE party_populations SET population = ?, source = ?, assumed = ? WHERE ${SAME_POPULATION}`,
      ),
      retractPopulation: db.prepare(`DELETE FROM party_populations WHERE ${SAME_POPULATION}`),
      touch: db.prepare('UPDATE parties SET revision = ?, position = ? WHERE party_id = ?'),
      upsertPopulation: db.prepare(
        'INSERT INTO party_populations (party_id, year, population, source, assumed) VALUES (?, ?, ?, ?, ?) ' +
          'ON CONFLICT (party_id, year) DO UPDATE SET population = excluded.population, source = excluded.source, assumed = excluded.assumed',
      ),
    };
  }

  write({ insert, population, rename, correctName, correctRegistration, correctPopulation, touch }: PartyChanges): void {
    if (insert) {
      const { partyId, name, type, businessId, municipalityCode, memberIds, revision, position } = insert;
      this.sql.insert.run(partyId, name, type, businessId, municipalityCode, memberIds, revision, position);
    }
    if (population) {
      const { partyId, year, population: figure, source, assumed } = population;
      this.sql.upsertPopulation.run(partyId, year, figure, source, assumed);
    }
    if (rename) this.sql.rename.run(rename.name, rename.partyId);
    if (correctName) this.sql.correctName.run(correctName.name, correctName.partyId, correctName.was);
    if (correctRegistration) {
      const { partyId, businessId, municipalityCode } = correctRegistration;
      this.sql.correctRegistration.run(businessId, municipalityCode, partyId);
    }
    if (correctPopulation) {
      const { was, now } = correctPopulation;
      const same = [was.partyId, was.year, was.population, was.source, was.assumed];
      if (now) this.sql.replacePopulation.run(now.population, now.source, now.assumed, ...same);
      else this.sql.retractPopulation.run(...same);
    }
    if (touch) this.sql.touch.run(touch.revision, touch.position, touch.partyId);
  }
}
