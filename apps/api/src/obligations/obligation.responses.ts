import { OBLIGATION_TYPES, ROLES, costShare, localizedText, location, partyType, recurrence, selector } from '@pacta/domain';
import { z } from 'zod';
import type { ObligationView } from '@pacta/projections';
import { documenting, named, position } from '../openapi/schemas';

const date = z.iso.date();

named(
  'ObligationsPage',
  z.strictObject({
    partyId: z.string().optional().describe('the party asked about (party route only)'),
    on: date.describe('valid time: the date the obligations apply on'),
    knownAt: z
      .union([position, z.string()])
      .describe('recorded time: the knownAt asked for (a position or an instant), else the instant of the first page'),
    asOfPosition: position.nullable().describe('the log position the answer reflects; null when recorded time is an instant'),
    obligations: z.array(
      documenting<ObligationView>()(z.strictObject({
        agreementId: z.string(),
        kind: z.string(),
        version: z.number().int().min(1),
        obligationId: z.string(),
        type: z.enum(OBLIGATION_TYPES),
        partyId: z.string(),
        partyType,
        role: z.enum(ROLES),
        description: localizedText,
        beneficiary: selector.nullable(),
        validFrom: date,
        validTo: date.nullable(),
        clause: z.string().nullable(),
        costShare: costShare.optional(),
        recurrence: recurrence.optional(),
        location: location.optional().describe('the place the terms name for the obligation (its `at`)'),
        dueOn: date.optional().describe('for an obligation met once: the day it is due'),
        overdue: z.boolean().optional().describe('with dueOn: true on dates after it, until the party fulfils it'),
        assumed: z.literal(true).optional().describe('present when the obligation rests on a record the documents do not state'),
        recorded: z.strictObject({ position, at: z.iso.datetime() }),
      })),
    ),
    next: z.string().nullable().describe('the cursor of the next page; null on the last page'),
  }),
  'A page of obligations, each for one party, on one date as the registry knew it at one recorded time.',
);
