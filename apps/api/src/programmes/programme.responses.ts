import { AGREEMENT_STATUSES, assumed, calendarDate, localizedText, source } from '@pacta/domain';
import type { ProgrammeView } from '@pacta/projections';
import { z } from 'zod';
import { documenting, named } from '../openapi/schemas';

const programme = z.strictObject({
  id: z.string(),
  kind: z.string(),
  title: localizedText,
  hostPartyId: z.string(),
  source: source.optional(),
  agreements: z
    .array(z.strictObject({ id: z.string(), parties: z.array(z.string()), status: z.enum(AGREEMENT_STATUSES) }))
    .describe('its agreements by id, each with the parties of the version shown on `on` and its status then'),
  declined: z
    .array(z.strictObject({ partyId: z.string(), decidedOn: calendarDate.nullable(), source: source.nullable(), assumed: assumed.optional() }))
    .describe('the parties that decided to stay outside, in the order recorded; none of them is bound by its agreements'),
  revision: z.number().int().min(0).describe('the revision of the programme; also its ETag'),
});

named('Programme', documenting<ProgrammeView>()(programme), 'A programme: a host, the agreements each party made with it, and who declined.');
named('ProgrammeList', documenting<{ programmes: ProgrammeView[] }>()(z.strictObject({ programmes: z.array(programme) })), 'The programmes, by id.');
