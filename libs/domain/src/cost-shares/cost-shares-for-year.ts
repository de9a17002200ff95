import type { AgreementState } from '../agreements/agreement.state';
import { firstDayOfYear, lastDayOfYear } from '../calendar/dates';
import { DomainError } from '../errors';
import { obligationRows } from '../obligations/expand';
import { populationFor, type PopulationLookup } from '../parties/population';
import { formatMoney, splitByPopulation } from './split';

export class MissingPopulation extends DomainError {
  readonly status = 422;
  readonly code = 'missing-population';
  constructor(
    readonly partyIds: string[],
    readonly populationYear: number,
  ) {
    super(`no population is recorded for ${populationYear} for ${partyIds.join(', ')}`, 'populationYear');
  }
}

export class NoPopulationCostShare extends DomainError {
  readonly status = 422;
  readonly code = 'no-population-cost-share';
}

export interface CostShares {
  year: number;
  populationYear: number;
  total: string;
  shares: { partyId: string; population: number; amount: string }[];
}

/**
 * Splits a year's total among the parties bound in that year by a pay-cost-share obligation with a population
 * basis, by the populations recorded for `populationYear` (default: the obligation's offset, else the year before).
 * A party bound for only part of the year pays a full share: the agreements in the registry do not prorate.
 */
export function costSharesForYear(
  state: AgreementState,
  year: number,
  totalCents: bigint,
  lookup: PopulationLookup,
  populationYear?: number,
): CostShares {
  const yearStart = firstDayOfYear(year);
  const yearEnd = lastDayOfYear(year);
  const rows = obligationRows(state).filter(
    (row) =>
      row.type === 'pay-cost-share' &&
      row.costShare?.basis === 'population' &&
      row.validFrom <= yearEnd &&
      (row.validTo === null || row.validTo >= yearStart),
  );
  if (rows.length === 0) {
    throw new NoPopulationCostShare(`${state.agreementId} has no cost share by population in force in ${year}`, 'year');
  }
  const byYear = populationYear ?? year + (rows[0].costShare?.populationYearOffset ?? -1);
  const payers = [...new Set(rows.map((row) => row.partyId))];
  const results = payers.map((partyId) => ({ partyId, result: populationFor(partyId, byYear, lookup) }));
  const missing = [...new Set(results.flatMap(({ result }) => result.missing))];
  if (missing.length > 0) throw new MissingPopulation(missing, byYear);
  const shares = splitByPopulation(
    totalCents,
    results.map(({ partyId, result }) => ({ partyId, population: result.population! })),
  );
  return {
    year,
    populationYear: byYear,
    total: formatMoney(totalCents),
    shares: shares.map(({ partyId, population, cents }) => ({ partyId, population, amount: formatMoney(cents) })),
  };
}
