import type { AgreementState } from '../agreements/agreement.state';
import { firstDayOfYear, lastDayOfYear } from '../calendar/dates';
import { DomainError } from '../errors';
import { obligationRows } from '../obligations/expand';
import { populationFor, type PopulationLookup } from '../parties/population';
import type { Proration } from '../agreements/terms';
import { formatMoney, splitByPopulation } from './split';
import { yearBound, type YearBound } from './year-bound';

export class MissingPopulation extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'missing-population';
  constructor(
    readonly partyIds: string[],
    readonly populationYear: number,
  ) {
    super(`no population is recorded for ${populationYear} for ${partyIds.join(', ')}`, 'populationYear');
  }
}

export class NoPopulationCostShare extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'no-population-cost-share';
}

export interface CostShares {
  year: number;
  populationYear: number;
  /** The rule the terms state and the split applied. */
  rule: { basis: 'population'; proration: Proration; populationYearOffset: number };
  total: string;
  shares: { partyId: string; population: number; yearBound: YearBound; amount: string }[];
}

export class ConflictingCostRules extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'conflicting-cost-rules';
}

export interface ProgrammeCostShares extends CostShares {
  programmeId: string;
  /** The programme's agreements whose cost shares the split counted. */
  agreementIds: string[];
}

type CostRow = ReturnType<typeof obligationRows>[number];

/**
 * Splits a year's total among the parties bound in that year by a pay-cost-share obligation with a population
 * basis, by the populations recorded for `populationYear` (default: the obligation's offset, else the year before).
 * How a party bound for part of the year pays is the obligation's proration: with none (the default) it pays a full
 * share; by days or months its population counts in proportion to the part of the year it was bound.
 */
export function costSharesForYear(
  state: AgreementState,
  year: number,
  totalCents: bigint,
  lookup: PopulationLookup,
  populationYear?: number,
): CostShares {
  return splitAmongPayers(costRowsIn(state, year), state.agreementId, year, totalCents, lookup, populationYear);
}

/**
 * The same split over every agreement of a programme at once. Where each member has an agreement of its own with
 * the host, as in the regional family-law unit, the costs are shared among all the members, not within each
 * agreement (whose one payer would otherwise pay the whole total).
 */
export function programmeCostSharesForYear(
  programmeId: string,
  states: readonly AgreementState[],
  year: number,
  totalCents: bigint,
  lookup: PopulationLookup,
  populationYear?: number,
): ProgrammeCostShares {
  const counted = states.map((state) => ({ agreementId: state.agreementId, rows: costRowsIn(state, year) })).filter(({ rows }) => rows.length > 0);
  const shares = splitAmongPayers(counted.flatMap(({ rows }) => rows), `programme ${programmeId}`, year, totalCents, lookup, populationYear);
  return { programmeId, agreementIds: counted.map(({ agreementId }) => agreementId), ...shares };
}

function costRowsIn(state: AgreementState, year: number): CostRow[] {
  const [yearStart, yearEnd] = [firstDayOfYear(year), lastDayOfYear(year)];
  return obligationRows(state).filter(
    (row) =>
      row.type === 'pay-cost-share' &&
      row.costShare?.basis === 'population' &&
      row.validFrom <= yearEnd &&
      (row.validTo === null || row.validTo >= yearStart),
  );
}

/** The rule a cost row states, with the defaults filled in: no proration, the populations of the year before. */
const ruleOf = (row: CostRow): { proration: Proration; populationYearOffset: number } => ({
  proration: row.costShare?.proration ?? 'none',
  populationYearOffset: row.costShare?.populationYearOffset ?? -1,
});

function splitAmongPayers(
  rows: CostRow[],
  subject: string,
  year: number,
  totalCents: bigint,
  lookup: PopulationLookup,
  populationYear?: number,
): CostShares {
  if (rows.length === 0) throw new NoPopulationCostShare(`${subject} has no cost share by population in force in ${year}`, 'year');
  const rules = new Set(rows.map((row) => `proration ${ruleOf(row).proration} with populationYearOffset ${ruleOf(row).populationYearOffset}`));
  if (rules.size > 1) {
    throw new ConflictingCostRules(`the cost shares of ${subject} in force in ${year} state different rules: ${[...rules].join('; ')}`, 'year');
  }
  const { proration, populationYearOffset } = ruleOf(rows[0]);
  const byYear = populationYear ?? year + populationYearOffset;
  const payers = [...new Set(rows.map((row) => row.partyId))];
  const results = payers.map((partyId) => ({
    partyId,
    result: populationFor(partyId, byYear, lookup),
    bound: yearBound(rows.filter((row) => row.partyId === partyId), year, proration),
  }));
  const missing = [...new Set(results.flatMap(({ result }) => result.missing))];
  if (missing.length > 0) throw new MissingPopulation(missing, byYear);
  // Every party's part of the year has the same denominator, so population × numerator weighs the shares exactly.
  const weights = results.map(({ partyId, result, bound }) => ({
    partyId,
    population: proration === 'none' ? result.population! : result.population! * bound.numerator,
  }));
  const cents = splitByPopulation(totalCents, weights).map((share) => share.cents);
  return {
    year,
    populationYear: byYear,
    rule: { basis: 'population', proration, populationYearOffset },
    total: formatMoney(totalCents),
    shares: results.map(({ partyId, result, bound }, i) => ({
      partyId,
      population: result.population!,
      yearBound: bound,
      amount: formatMoney(cents[i]),
    })),
  };
}
