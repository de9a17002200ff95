import { z } from 'zod';
import { calendarDate } from '../calendar/zod';
import type { EventOf } from '../event-of';
import { id } from '../ids';
import { localizedText } from '../localized-text';
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
  businessId: z.string().refine(isValidBusinessId, 'must be a Y-tunnus NNNNNNN-C whose check digit verifies').optional(),
  municipalityCode: z.string().regex(/^\d{3}$/, 'must be the three-digit Statistics Finland code').optional(),
  memberIds: z.array(id).optional(),
});
export type PartyRegisteredData = z.infer<typeof partyRegisteredData>;
export type PartyRegistered = EventOf<'PartyRegistered', PartyRegisteredData>;

export const populationRecordedData = z.strictObject({
  partyId: id,
  year: z.number().int().min(1900).max(2200),
  population: z.number().int().min(0),
  source: z.string().trim().min(1),
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

export type PartyEvent = PartyRegistered | PopulationRecorded | PartyRenamed;
