import { factCorrectedData, localizedText, partyType, populationRecordedData, provenance } from '@pacta/domain';
import { z } from 'zod';
import type { PartyRecord } from '@pacta/projections';
import type { PartyView } from '@pacta/registry';
import { documenting, instant, named, position } from '../openapi/schemas';

const populations = z
  .record(z.string().regex(/^\d{4}$/), z.strictObject({ population: z.number().int().min(0), source: populationRecordedData.shape.source, assumed: provenance.assumed }))
  .describe('by year; a later figure for the same year replaces the earlier one');

named(
  'Party',
  documenting<PartyView>()(z.strictObject({
    id: z.string(),
    revision: z.number().int().min(0).describe('the revision of the party; also its ETag'),
    knownAt: z
      .strictObject({ position, recordedAt: instant })
      .optional()
      .describe('with knownAt: the last event the view folds'),
    state: z.strictObject({
      exists: z.boolean(),
      partyId: z.string(),
      name: localizedText.nullable(),
      type: partyType.nullable(),
      businessId: z.string().optional(),
      municipalityCode: z.string().optional(),
      memberIds: z.array(z.string()),
      ...provenance,
      populations,
      corrections: z.array(factCorrectedData).optional().describe('the trail of corrections, oldest first'),
    }),
  })),
  'A party as its stream holds it.',
);

named(
  'PartyList',
  documenting<{ parties: PartyRecord[] }>()(z.strictObject({
    parties: z.array(
      z.strictObject({
        id: z.string(),
        name: localizedText,
        type: partyType,
        businessId: z.string().optional(),
        municipalityCode: z.string().optional(),
        memberIds: z.array(z.string()),
        populations,
        revision: z.number().int().min(0).describe('the revision of the party; also its ETag'),
        position: position.describe('the log position of its last event'),
      }),
    ),
  })),
  'The registered parties, from the read models.',
);
