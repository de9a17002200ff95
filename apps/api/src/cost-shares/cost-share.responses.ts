import { proration, type CostShares, type ProgrammeCostShares } from '@pacta/domain';
import { z } from 'zod';
import { documenting, named } from '../openapi/schemas';

const costShares = documenting<CostShares>()(
  z.strictObject({
    year: z.number().int(),
    populationYear: z.number().int(),
    rule: z
      .strictObject({ basis: z.literal('population'), proration, populationYearOffset: z.number().int() })
      .describe('the cost-share rule of the terms that the split applied'),
    total: z.string().describe('euros with two decimals, e.g. 100000.00'),
    shares: z.array(
      z.strictObject({
        partyId: z.string(),
        population: z.number().int().min(0),
        yearBound: z
          .strictObject({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) })
          .describe('the part of the year the party was bound: days of the year, or months of 12 when prorated by month'),
        amount: z.string().describe('euros with two decimals'),
      }),
    ),
  }),
);

named(
  'CostShares',
  costShares,
  "A year's total split among the parties that share it by population: a full share each (proration none), or in proportion to population times the part of the year bound (days, months).",
);

named(
  'ProgrammeCostShares',
  documenting<ProgrammeCostShares>()(
    costShares.extend({
      programmeId: z.string(),
      agreementIds: z.array(z.string()).describe("the programme's agreements with a cost share by population in force in the year"),
    }),
  ),
  "A year's total split among the parties of all the programme's agreements by population, as CostShares splits it within one agreement.",
);
