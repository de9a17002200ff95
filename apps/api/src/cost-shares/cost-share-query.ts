import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { fieldProblem } from '../http/problem';
import { yearQuery } from '../http/query-params';
import { YEAR } from '../openapi/query-schemas';
import './cost-share.responses';

export interface CostShareQuery {
  year: number;
  total: string;
  populationYear?: number;
}

/** The query of a cost split, as the agreement's and the programme's routes both take it. */
export const ApiCostShareQuery = () =>
  applyDecorators(
    ApiQuery({ name: 'year', required: true, schema: YEAR, description: 'the cost year' }),
    ApiQuery({ name: 'total', required: true, schema: { type: 'string', pattern: '^\\d{1,15}(\\.\\d{1,2})?$' }, description: 'the year’s total in euros, e.g. 100000.00' }),
    ApiQuery({ name: 'populationYear', required: false, schema: YEAR, description: 'default: year − 1' }),
  );

/** Refuses a missing year or total with a 400 naming it; the total's form is checked where it is parsed. */
export function costShareQuery(year: unknown, total: unknown, populationYear: unknown): CostShareQuery {
  const costYear = yearQuery(year, 'year');
  if (costYear === undefined) throw fieldProblem(400, 'invalid-query', [{ field: 'year', detail: 'is required' }]);
  if (typeof total !== 'string') throw fieldProblem(400, 'invalid-query', [{ field: 'total', detail: 'is required, e.g. 100000.00' }]);
  return { year: costYear, total, populationYear: yearQuery(populationYear, 'populationYear') };
}
