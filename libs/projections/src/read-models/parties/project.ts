import type { Correction, PartyEvent, PartyRegisteredData, PartyRenamedData, PopulationRecordedData } from '@pacta/domain';

/** A parties row; name and member ids as JSON. */
export interface PartyRow {
  partyId: string;
  name: string;
  type: string;
  businessId: string | null;
  municipalityCode: string | null;
  memberIds: string;
  revision: number;
  position: number;
}

export interface PopulationRow {
  partyId: string;
  year: number;
  population: number;
  /** The figure's source as JSON: a text, or a document and reference. */
  source: string;
  /** JSON, when the figure is assumed. */
  assumed: string | null;
}

/** What one party event changes, in the order it is written. */
export interface PartyChanges {
  insert?: PartyRow;
  /** Replaces the year's population if one is recorded already. */
  population?: PopulationRow;
  rename?: { partyId: string; name: string };
  /** A corrected name, written only while the party still has the name corrected (`was`, as JSON). */
  correctName?: { partyId: string; was: string; name: string };
  correctRegistration?: { partyId: string; businessId: string | null; municipalityCode: string | null };
  /** A corrected or retracted (`now` absent) figure, changed only while it is still the year's figure. */
  correctPopulation?: { was: PopulationRow; now?: PopulationRow };
  /** The party row's revision and position: the ETag of the party and what it is known at. */
  touch?: { partyId: string; revision: number; position: number };
}

/**
 * The rows a party event changes. An event of a type this version does not know (`undefined`, written by a newer
 * one) changes nothing but the revision and position the row was last touched at.
 */
export function projectParty(partyId: string, event: PartyEvent | undefined, at: { revision: number; position: number }): PartyChanges {
  const touch = { partyId, ...at };
  switch (event?.type) {
    case 'PartyRegistered': {
      const { name, type, businessId, municipalityCode, memberIds } = event.data;
      return {
        insert: {
          partyId,
          name: JSON.stringify(name),
          type,
          businessId: businessId ?? null,
          municipalityCode: municipalityCode ?? null,
          memberIds: JSON.stringify(memberIds ?? []),
          ...at,
        },
      };
    }
    case 'PopulationRecorded': {
      const { year, population, source, assumed } = event.data;
      const row = { partyId, year, population, source: JSON.stringify(source), assumed: assumed ? JSON.stringify(assumed) : null };
      return { population: row, touch };
    }
    case 'PartyRenamed':
      return { rename: { partyId, name: JSON.stringify(event.data.name) }, touch };
    case 'FactCorrected':
      return { ...correctionOf(partyId, event.data), touch };
    default:
      return { touch };
  }
}

function populationRow(partyId: string, data: Record<string, unknown>): PopulationRow {
  const { year, population, source, assumed } = data as PopulationRecordedData;
  return { partyId, year, population, source: JSON.stringify(source), assumed: assumed ? JSON.stringify(assumed) : null };
}

function correctionOf(partyId: string, { correctedType, was, replacement }: Correction): PartyChanges {
  switch (correctedType) {
    case 'PartyRegistered': {
      const now = replacement as PartyRegisteredData;
      return {
        correctName: { partyId, was: JSON.stringify(was.name), name: JSON.stringify(now.name) },
        correctRegistration: { partyId, businessId: now.businessId ?? null, municipalityCode: now.municipalityCode ?? null },
      };
    }
    case 'PartyRenamed':
      return { correctName: { partyId, was: JSON.stringify(was.name), name: JSON.stringify((replacement as PartyRenamedData).name) } };
    case 'PopulationRecorded':
      return { correctPopulation: { was: populationRow(partyId, was), ...(replacement && { now: populationRow(partyId, replacement) }) } };
    default:
      return {};
  }
}
