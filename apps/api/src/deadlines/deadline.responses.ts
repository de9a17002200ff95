import { DEADLINE_TYPES, localizedText } from '@pacta/domain';
import { z } from 'zod';
import type { Deadline } from '@pacta/domain';
import { documenting, named } from '../openapi/schemas';

const date = z.iso.date();

named(
  'DeadlineList',
  documenting<{ from: string; to: string | null; deadlines: Deadline[] }>()(z.strictObject({
    from: date,
    to: date.nullable().describe('null: open-ended'),
    deadlines: z.array(
      z.strictObject({
        date,
        type: z.enum(DEADLINE_TYPES),
        agreementId: z.string(),
        kind: z.string(),
        title: localizedText,
        partyId: z.string().optional(),
        reviewYear: z.number().int().optional().describe("for review-due: the year of the review that set it; absent when the terms' firstReviewDue did"),
        obligationId: z.string().optional().describe('for obligation-due: the obligation due once that the party has not yet fulfilled'),
      }),
    ),
  })),
  'The dates parties must act on or be ready for, in date order.',
);
