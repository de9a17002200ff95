import { populationFor, type PopulationLookup } from './population';

const recorded: Record<string, Record<number, number>> = {
  viitasaari: { 2020: 6_500 },
  pihtipudas: { 2020: 3_900, 2021: 3_850 },
  wiitaunioni: { 2021: 10_300 },
};
const members: Record<string, string[]> = { wiitaunioni: ['viitasaari', 'pihtipudas'] };

const lookup: PopulationLookup = {
  recordedPopulation: (partyId, year) => recorded[partyId]?.[year],
  membersOf: (partyId) => members[partyId],
};

describe('populationFor', () => {
  it("is a party's own recorded figure", () => {
    expect(populationFor('viitasaari', 2020, lookup)).toEqual({ population: 6_500, missing: [] });
  });
  it("prefers a union's own figure to its members' sum", () => {
    expect(populationFor('wiitaunioni', 2021, lookup)).toEqual({ population: 10_300, missing: [] });
  });
  it("is otherwise the sum of a union's members", () => {
    expect(populationFor('wiitaunioni', 2020, lookup)).toEqual({ population: 10_400, missing: [] });
  });
  it('names the members whose figure is missing', () => {
    expect(populationFor('wiitaunioni', 2019, lookup)).toEqual({ population: undefined, missing: ['viitasaari', 'pihtipudas'] });
  });
  it('names a party without members and without a figure', () => {
    expect(populationFor('viitasaari', 2021, lookup)).toEqual({ population: undefined, missing: ['viitasaari'] });
  });
});
