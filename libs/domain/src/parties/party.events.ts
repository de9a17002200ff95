import { z } from 'zod';
import { calendarDate } from '../calendar/zod';
import type { FactCorrected } from '../corrections/fact-corrected';
import type { EventOf } from '../event-of';
import { id } from '../ids';
import { LIST_LIMITS, NUMBER_RANGES, TEXT_LIMITS } from '../limits';
import { localizedText } from '../localized-text';
import { assumed, provenance, source } from '../provenance';
import { boundedText } from '../text';
import { isValidBusinessId } from './business-id';

export const PARTY_TYPES = [
  'municipality',
  'joint-municipal-authority',
  'wellbeing-services-county',
  'regional-council',
  'parish',
  'association',
  'state-agency',
  'company',
] as const;
export const partyType = z.enum(PARTY_TYPES);
export type PartyType = z.infer<typeof partyType>;

/** Only unions of municipalities (kuntayhtymä, Wiitaunioni-style associations) are made of other parties. */
export const TYPES_WITH_MEMBERS: readonly PartyType[] = ['joint-municipal-authority', 'association'];

export const partyRegisteredData = z.strictObject({
  partyId: id,
  name: localizedText,
  type: partyType,
  businessId: z.string().max(TEXT_LIMITS.businessId).refine(isValidBusinessId, 'must be a Y-tunnus NNNNNNN-C whose check digit verifies').optional(),
  municipalityCode: z.string().max(TEXT_LIMITS.municipalityCode).regex(/^\d{3}$/, 'must be the three-digit Statistics Finland code').optional(),
  memberIds: z.array(id).max(LIST_LIMITS.memberIds).optional(),
  ...provenance,
});
export type PartyRegisteredData = z.infer<typeof partyRegisteredData>;
export type PartyRegistered = EventOf<'PartyRegistered', PartyRegisteredData>;

export const populationRecordedData = z.strictObject({
  partyId: id,
  year: z.number().int().min(NUMBER_RANGES.year.min).max(NUMBER_RANGES.year.max),
  population: z.number().int().min(NUMBER_RANGES.population.min).max(NUMBER_RANGES.population.max),
  /** The statistic the figure comes from, as text (as it always could be) or as a document and reference. */
  source: z.union([boundedText(TEXT_LIMITS.populationSource), source]),
  assumed: assumed.optional(),
});
export type PopulationRecordedData = z.infer<typeof populationRecordedData>;
export type PopulationRecorded = EventOf<'PopulationRecorded', PopulationRecordedData>;

export const partyRenamedData = z.strictObject({
  partyId: id,
  name: localizedText,
  effectiveOn: calendarDate.optional(),
});
export type PartyRenamedData = z.infer<typeof partyRenamedData>;
export type PartyRenamed = EventOf<'PartyRenamed', PartyRenamedData>;

export type PartyEvent = PartyRegistered | PopulationRecorded | PartyRenamed | FactCorrected;
