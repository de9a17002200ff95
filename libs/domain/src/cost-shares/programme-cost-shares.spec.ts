import { evolveAgreement } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import { initialAgreementState, type AgreementState } from '../agreements/agreement.state';
import type { Proration } from '../agreements/terms';
import type { PopulationLookup } from '../parties/population';
import { ConflictingCostRules, costSharesForYear, NoPopulationCostShare, programmeCostSharesForYear } from './cost-shares-for-year';

/** As in the regional family-law unit: each municipality's own agreement with Jyväskylä, its costs by population. */
function ownAgreementWithJyvaskyla(partyId: string, startsOn: string, proration?: Proration): AgreementState {
  const agreementId = `family-law-${partyId}`;
  const parties = [
    { partyId: 'jyvaskyla', partyType: 'municipality' as const, role: 'host' as const },
    { partyId, partyType: 'municipality' as const, role: 'participant' as const },
  ];
  const events: AgreementEvent[] = [
    {
      type: 'AgreementDrafted',
      schemaVersion: 1,
      data: {
        agreementId,
        kind: 'family-law',
        version: 1,
        terms: {
          title: { fi: 'Perheoikeudelliset palvelut' },
          term: { startsOn, endsOn: null },
          parties,
          obligations: [
            {
              id: 'costs',
              type: 'pay-cost-share',
              obligor: { partyId },
              beneficiary: { partyId: 'jyvaskyla' },
              costShare: { basis: 'population', ...(proration && { proration }) },
              description: { fi: 'Kustannukset jaetaan sopimuskuntien kesken asukaslukuun suhteutettuna.' },
            },
          ],
        },
      },
    },
    ...parties.flatMap((party): AgreementEvent[] => [
      { type: 'BoardDecisionRecorded', schemaVersion: 1, data: { partyId: party.partyId, body: 'kh', meetingDate: '2020-12-01', outcome: 'approved', version: 1 } },
      { type: 'SignatureRecorded', schemaVersion: 1, data: { partyId: party.partyId, signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: '2020-12-02', method: 'paper', version: 1 } },
    ]),
    { type: 'VersionEnteredIntoForce', schemaVersion: 1, data: { version: 1, effectiveFrom: startsOn } },
  ];
  return events.reduce(evolveAgreement, initialAgreementState);
}

const populations: PopulationLookup = {
  recordedPopulation: (partyId, year) => (year === 2020 ? ({ hankasalmi: 5_000, joutsa: 4_500, laukaa: 19_000 } as Record<string, number>)[partyId] : undefined),
  membersOf: () => undefined,
};

const hankasalmi = ownAgreementWithJyvaskyla('hankasalmi', '2021-01-01');
const joutsa = ownAgreementWithJyvaskyla('joutsa', '2021-01-01');
const laukaa = ownAgreementWithJyvaskyla('laukaa', '2021-05-01');

describe('programmeCostSharesForYear', () => {
  it("given each member's own agreement with the host, then the year's total is shared among all the members by population", () => {
    const result = programmeCostSharesForYear('family-law-unit', [hankasalmi, joutsa, laukaa], 2021, 285_000_00n, populations);
    expect(result.shares.map(({ partyId, population, amount }) => ({ partyId, population, amount }))).toEqual([
      { partyId: 'hankasalmi', population: 5_000, amount: '50000.00' },
      { partyId: 'joutsa', population: 4_500, amount: '45000.00' },
      { partyId: 'laukaa', population: 19_000, amount: '190000.00' },
    ]);
    expect(result).toMatchObject({ programmeId: 'family-law-unit', agreementIds: ['family-law-hankasalmi', 'family-law-joutsa', 'family-law-laukaa'], populationYear: 2020, total: '285000.00' });
    // Agreement by agreement, each one's only payer would carry the whole total.
    expect(costSharesForYear(hankasalmi, 2021, 285_000_00n, populations).shares[0].amount).toBe('285000.00');
  });

  it('given an agreement whose term starts after the year, then it is not counted', () => {
    const later = ownAgreementWithJyvaskyla('laukaa', '2022-01-01');
    const result = programmeCostSharesForYear('family-law-unit', [hankasalmi, later], 2021, 100_00n, populations);
    expect(result.agreementIds).toEqual(['family-law-hankasalmi']);
    expect(result.shares.map((share) => [share.partyId, share.amount])).toEqual([['hankasalmi', '100.00']]);
  });

  it('refuses when the agreements state different rules for the same costs, naming both', () => {
    const prorated = ownAgreementWithJyvaskyla('laukaa', '2021-05-01', 'days');
    expect(() => programmeCostSharesForYear('family-law-unit', [hankasalmi, prorated], 2021, 100_00n, populations)).toThrow(
      new ConflictingCostRules(
        'the cost shares of programme family-law-unit in force in 2021 state different rules: proration none with populationYearOffset -1; proration days with populationYearOffset -1',
        'year',
      ),
    );
  });

  it('refuses a year in which none of its agreements has a cost share in force', () => {
    expect(() => programmeCostSharesForYear('family-law-unit', [hankasalmi, laukaa], 2020, 100_00n, populations)).toThrow(
      new NoPopulationCostShare('programme family-law-unit has no cost share by population in force in 2020', 'year'),
    );
    expect(() => programmeCostSharesForYear('family-law-unit', [], 2021, 100_00n, populations)).toThrow(NoPopulationCostShare);
  });
});
