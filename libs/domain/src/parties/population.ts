export interface PopulationLookup {
  recordedPopulation(partyId: string, year: number): number | undefined;
  /** The member parties of a union or joint authority; empty or undefined for everyone else. */
  membersOf(partyId: string): readonly string[] | undefined;
}

export type PopulationResult = { population: number; missing: [] } | { population: undefined; missing: string[] };

/**
 * A party's population for a year: its own recorded figure, or else, for a union or joint authority,
 * the sum of its members' figures. `missing` names every party whose figure would be needed but is absent.
 */
export function populationFor(partyId: string, year: number, lookup: PopulationLookup): PopulationResult {
  const own = lookup.recordedPopulation(partyId, year);
  if (own !== undefined) return { population: own, missing: [] };
  const memberIds = lookup.membersOf(partyId) ?? [];
  if (memberIds.length === 0) return { population: undefined, missing: [partyId] };
  const figures = memberIds.map((memberId) => ({ memberId, population: lookup.recordedPopulation(memberId, year) }));
  const missing = figures.filter((figure) => figure.population === undefined).map((figure) => figure.memberId);
  if (missing.length > 0) return { population: undefined, missing };
  return { population: figures.reduce((sum, figure) => sum + (figure.population ?? 0), 0), missing: [] };
}
