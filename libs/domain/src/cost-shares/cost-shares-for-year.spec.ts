import { evolveAgreement } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import { initialAgreementState } from '../agreements/agreement.state';
import type { PopulationLookup } from '../parties/population';
import { parseMoney } from './split';
import fc from 'fast-check';
import { ConflictingCostRules, costSharesForYear, MissingPopulation, NoPopulationCostShare } from './cost-shares-for-year';

const PAYERS = ['hankasalmi', 'saarikka', 'laukaa'];
const parties = [
  { partyId: 'jyvaskyla', partyType: 'municipality' as const, role: 'host' as const },
  { partyId: 'hankasalmi', partyType: 'municipality' as const, role: 'participant' as const },
  { partyId: 'saarikka', partyType: 'joint-municipal-authority' as const, role: 'participant' as const },
  { partyId: 'laukaa', partyType: 'municipality' as const, role: 'participant' as const, joinsOn: '2021-05-01' },
];
const events: AgreementEvent[] = [
  {
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: {
      agreementId: 'family-law',
      kind: 'family-law',
      version: 1,
      terms: {
        title: { fi: 'Perheoikeus' },
        term: { startsOn: '2021-01-01', endsOn: null },
        parties,
        obligations: [
          { id: 'costs', type: 'pay-cost-share', obligor: { role: 'participant' }, costShare: { basis: 'population' }, description: { fi: 'Kustannukset' } },
        ],
      },
    },
  },
  ...parties.flatMap((party): AgreementEvent[] => [
    { type: 'BoardDecisionRecorded', schemaVersion: 1, data: { partyId: party.partyId, body: 'kh', meetingDate: '2020-12-01', section: '§ 1', outcome: 'approved', version: 1 } },
    { type: 'SignatureRecorded', schemaVersion: 1, data: { partyId: party.partyId, signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: '2020-12-02', method: 'paper', version: 1 } },
  ]),
  { type: 'VersionEnteredIntoForce', schemaVersion: 1, data: { version: 1, effectiveFrom: '2021-01-01' } },
];
const state = events.reduce(evolveAgreement, initialAgreementState);

function lookup(populations: Record<string, number>, members: Record<string, string[]> = {}): PopulationLookup {
  return {
    recordedPopulation: (partyId, year) => (year === 2020 ? populations[partyId] : undefined),
    membersOf: (partyId) => members[partyId],
  };
}

describe('costSharesForYear', () => {
  it('sums exactly to the total for any populations and total, one share per paying party', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 700_000 }), { minLength: 3, maxLength: 3 }), fc.bigInt({ min: 0n, max: 10n ** 13n }), (figures, cents) => {
        const result = costSharesForYear(state, 2021, cents, lookup(Object.fromEntries(PAYERS.map((p, i) => [p, figures[i]]))));
        expect(result.shares.map((share) => share.partyId)).toEqual(PAYERS);
        expect(result.shares.reduce((sum, share) => sum + parseMoney(share.amount), 0n)).toBe(cents);
        expect(result.populationYear).toBe(2020);
      }),
    );
  });

  it("takes a union's population as its members' sum when it has none of its own", () => {
    const result = costSharesForYear(state, 2021, 300n, lookup({ hankasalmi: 100, kannonkoski: 60, karstula: 40, laukaa: 100 }, { saarikka: ['kannonkoski', 'karstula'] }));
    expect(result.shares.map(({ partyId, population, amount }) => ({ partyId, population, amount }))).toEqual([
      { partyId: 'hankasalmi', population: 100, amount: '1.00' },
      { partyId: 'saarikka', population: 100, amount: '1.00' },
      { partyId: 'laukaa', population: 100, amount: '1.00' },
    ]);
  });

  it('refuses to split when a paying party has no population, naming every one missing', () => {
    expect(() => costSharesForYear(state, 2021, 100n, lookup({ hankasalmi: 100 }))).toThrow(MissingPopulation);
    try {
      costSharesForYear(state, 2021, 100n, lookup({ hankasalmi: 100 }));
    } catch (error) {
      expect((error as MissingPopulation).partyIds).toEqual(['saarikka', 'laukaa']);
    }
  });

  it('refuses when two cost obligations in force state different rules, naming both', () => {
    const drafted = events[0] as Extract<AgreementEvent, { type: 'AgreementDrafted' }>;
    const [costs] = drafted.data.terms.obligations;
    const hostsCosts = { ...costs, id: 'host-costs', obligor: { role: 'host' as const }, costShare: { basis: 'population' as const, proration: 'months' as const } };
    const terms = { ...drafted.data.terms, obligations: [costs, hostsCosts] };
    const twoRules = [{ ...drafted, data: { ...drafted.data, terms } }, ...events.slice(1)].reduce(evolveAgreement, initialAgreementState);
    expect(() => costSharesForYear(twoRules, 2021, 100n, lookup({ jyvaskyla: 100, hankasalmi: 100, saarikka: 100, laukaa: 100 }))).toThrow(
      new ConflictingCostRules(
        'the cost shares of family-law in force in 2021 state different rules: proration none with populationYearOffset -1; proration months with populationYearOffset -1',
        'year',
      ),
    );
  });

  it('refuses a year in which no population cost share is in force', () => {
    expect(() => costSharesForYear(state, 2020, 100n, lookup({}))).toThrow(NoPopulationCostShare);
  });

  describe('with a party joining on 1 May', () => {
    const populations = lookup({ hankasalmi: 100, saarikka: 100, laukaa: 100 });
    const prorated = (proration: 'none' | 'days' | 'months' | undefined) => {
      const drafted = events[0] as Extract<AgreementEvent, { type: 'AgreementDrafted' }>;
      const [costs] = drafted.data.terms.obligations;
      const terms = { ...drafted.data.terms, obligations: [{ ...costs, costShare: { basis: 'population' as const, ...(proration && { proration }) } }] };
      return [{ ...drafted, data: { ...drafted.data, terms } }, ...events.slice(1)].reduce(evolveAgreement, initialAgreementState);
    };
    const amounts = (result: ReturnType<typeof costSharesForYear>) => result.shares.map((share) => share.amount);

    it('given the terms state no proration, then it pays a full share, and the answer says so and how long it was bound', () => {
      const result = costSharesForYear(prorated(undefined), 2021, 300_00n, populations);
      expect(result.rule).toEqual({ basis: 'population', proration: 'none', populationYearOffset: -1 });
      expect(amounts(result)).toEqual(['100.00', '100.00', '100.00']);
      expect(result.shares[2].yearBound).toEqual({ numerator: 245, denominator: 365 });
    });

    it('given proration by days, then its population counts for 245 of 365 days', () => {
      const result = costSharesForYear(prorated('days'), 2021, 975_00n, populations);
      expect(result.rule.proration).toBe('days');
      // Weights 365 : 365 : 245 of 975 days in all.
      expect(amounts(result)).toEqual(['365.00', '365.00', '245.00']);
    });

    it('given proration by months, then its population counts for 8 of 12 months', () => {
      const result = costSharesForYear(prorated('months'), 2021, 32_00n, populations);
      expect(result.shares.map((share) => share.yearBound)).toEqual([
        { numerator: 12, denominator: 12 },
        { numerator: 12, denominator: 12 },
        { numerator: 8, denominator: 12 },
      ]);
      expect(amounts(result)).toEqual(['12.00', '12.00', '8.00']);
    });

    it('given a full year for everyone, then proration changes nothing', () => {
      expect(amounts(costSharesForYear(prorated('days'), 2022, 300_00n, populations, 2020))).toEqual(['100.00', '100.00', '100.00']);
    });
  });
});
