import type Database from 'better-sqlite3';
import type { Assumed, LocalizedText, PopulationLookup, RecordedPopulation } from '@pacta/domain';
import { preparedWhenUsed } from '../prepared-when-used';

export interface PartyRecord {
  id: string;
  name: LocalizedText;
  type: string;
  businessId?: string;
  municipalityCode?: string;
  memberIds: string[];
  populations: Record<string, RecordedPopulation>;
  /** Revision of the party's stream: the ETag of the party. */
  revision: number;
  position: number;
}

type PartyRow = [string, string, string, string | null, string | null, string, number, number];

const PARTY_COLUMNS = 'party_id, name, type, business_id, municipality_code, member_ids, revision, position';

/** The parties read model: each registered party with its populations. */
export class PartyQueries {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = preparedWhenUsed({
      parties: () => db.prepare(`SELECT ${PARTY_COLUMNS} FROM parties ORDER BY party_id`).raw(),
      partiesOfType: () => db.prepare(`SELECT ${PARTY_COLUMNS} FROM parties WHERE type = ? ORDER BY party_id`).raw(),
      party: () => db.prepare(`SELECT ${PARTY_COLUMNS} FROM parties WHERE party_id = ?`).raw(),
      populationsOf: () => db.prepare('SELECT year, population, source, assumed FROM party_populations WHERE party_id = ? ORDER BY year').raw(),
      allPopulations: () => db.prepare('SELECT party_id, year, population, source, assumed FROM party_populations ORDER BY party_id, year').raw(),
      population: () => db.prepare('SELECT population FROM party_populations WHERE party_id = ? AND year = ?').pluck(),
      members: () => db.prepare('SELECT member_ids FROM parties WHERE party_id = ?').pluck(),
    });
  }

  list(type?: string): PartyRecord[] {
    const rows = (type ? this.sql.partiesOfType.all(type) : this.sql.parties.all()) as PartyRow[];
    const populations = this.populationsByParty();
    return rows.map((row) => toParty(row, populations.get(row[0]) ?? {}));
  }

  get(partyId: string): PartyRecord | undefined {
    const row = this.sql.party.get(partyId) as PartyRow | undefined;
    if (!row) return undefined;
    const populations: Record<string, RecordedPopulation> = {};
    for (const [year, population, source, assumed] of this.sql.populationsOf.all(partyId) as [number, number, string, string | null][]) {
      populations[year] = recordedPopulation(population, source, assumed);
    }
    return toParty(row, populations);
  }

  populationLookup(): PopulationLookup {
    return {
      recordedPopulation: (partyId, year) => this.sql.population.get(partyId, year) as number | undefined,
      membersOf: (partyId) => {
        const members = this.sql.members.get(partyId) as string | undefined;
        return members === undefined ? undefined : (JSON.parse(members) as string[]);
      },
    };
  }

  private populationsByParty(): Map<string, Record<string, RecordedPopulation>> {
    const byParty = new Map<string, Record<string, RecordedPopulation>>();
    for (const [partyId, year, population, source, assumed] of this.sql.allPopulations.all() as [string, number, number, string, string | null][]) {
      let populations = byParty.get(partyId);
      if (!populations) byParty.set(partyId, (populations = {}));
      populations[year] = recordedPopulation(population, source, assumed);
    }
    return byParty;
  }
}

function recordedPopulation(population: number, source: string, assumed: string | null): RecordedPopulation {
  return { population, source: JSON.parse(source) as RecordedPopulation['source'], ...(assumed !== null && { assumed: JSON.parse(assumed) as Assumed }) };
}

function toParty(row: PartyRow, populations: Record<string, RecordedPopulation>): PartyRecord {
  const [id, name, type, businessId, municipalityCode, memberIds, revision, position] = row;
  return {
    id,
    name: JSON.parse(name) as LocalizedText,
    type,
    ...(businessId !== null && { businessId }),
    ...(municipalityCode !== null && { municipalityCode }),
    memberIds: JSON.parse(memberIds) as string[],
    populations,
    revision,
    position,
  };
}
