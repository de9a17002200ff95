import fc from 'fast-check';
import { InvalidMoney, NoPopulationToSplitBy } from '../errors';
import { formatMoney, parseMoney, splitByPopulation } from './split';

const entries = fc.array(
  fc.record({ partyId: fc.stringMatching(/^[a-z]{1,8}$/), population: fc.integer({ min: 0, max: 700_000 }) }),
  { minLength: 1, maxLength: 25 },
).filter((list) => list.some((entry) => entry.population > 0));
const totals = fc.bigInt({ min: 0n, max: 10n ** 15n });

describe('splitByPopulation', () => {
  it('always sums exactly to the total', () => {
    fc.assert(
      fc.property(totals, entries, (total, list) => {
        const shares = splitByPopulation(total, list);
        expect(shares.reduce((sum, share) => sum + share.cents, 0n)).toBe(total);
      }),
    );
  });

  it('gives each party within one cent of its exact proportion', () => {
    fc.assert(
      fc.property(totals, entries, (total, list) => {
        const populationSum = BigInt(list.reduce((sum, entry) => sum + entry.population, 0));
        for (const share of splitByPopulation(total, list)) {
          // |cents − total·population/sum| < 1  ⇔  |cents·sum − total·population| < sum
          const difference = share.cents * populationSum - total * BigInt(share.population);
          expect(difference < populationSum && -difference < populationSum).toBe(true);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(totals, entries, (total, list) => {
        expect(splitByPopulation(total, list)).toEqual(splitByPopulation(total, list));
      }),
    );
  });

  it('gives leftover cents to the largest remainders, ties to the earlier entry', () => {
    expect(splitByPopulation(100n, [{ partyId: 'a', population: 1 }, { partyId: 'b', population: 1 }, { partyId: 'c', population: 1 }])).toEqual([
      { partyId: 'a', population: 1, cents: 34n },
      { partyId: 'b', population: 1, cents: 33n },
      { partyId: 'c', population: 1, cents: 33n },
    ]);
    expect(splitByPopulation(10n, [{ partyId: 'a', population: 1 }, { partyId: 'b', population: 2 }]).map((s) => s.cents)).toEqual([3n, 7n]);
  });

  it('refuses to split by a population of zero', () => {
    expect(() => splitByPopulation(100n, [{ partyId: 'a', population: 0 }])).toThrow(NoPopulationToSplitBy);
    expect(() => splitByPopulation(100n, [])).toThrow(NoPopulationToSplitBy);
  });

  it('refuses a negative total or population', () => {
    expect(() => splitByPopulation(-1n, [{ partyId: 'a', population: 1 }])).toThrow(InvalidMoney);
    expect(() => splitByPopulation(1n, [{ partyId: 'a', population: -1 }])).toThrow(InvalidMoney);
  });
});

describe('parseMoney and formatMoney', () => {
  it.each([
    ['100000', 10_000_000n],
    ['100000.5', 10_000_050n],
    ['100000.00', 10_000_000n],
    ['0.07', 7n],
    ['999999999999999.99', 99_999_999_999_999_999n],
  ])('parses %s', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['-1', '1.234', 'abc', '', '1e5', '1.', '.5', '1 000', '1000000000000000'])('refuses %p', (text) => {
    expect(() => parseMoney(text)).toThrow(InvalidMoney);
  });

  it('names the field it parsed', () => {
    expect(() => parseMoney('x', 'amount')).toThrow(expect.objectContaining({ field: 'amount', refusal: 'invalid' }));
  });

  it('formats cents with two decimals', () => {
    expect(formatMoney(10_000_000n)).toBe('100000.00');
    expect(formatMoney(7n)).toBe('0.07');
    expect(formatMoney(-150n)).toBe('-1.50');
  });

  it('round-trips', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), (cents) => expect(parseMoney(formatMoney(cents))).toBe(cents)));
  });
});
