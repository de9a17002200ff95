import { z } from 'zod';
import { calendarDate } from '../calendar/zod';
import { id } from '../ids';
import { LIST_LIMITS, NUMBER_RANGES, TEXT_LIMITS } from '../limits';
import { localizedText } from '../localized-text';
import { boundedText } from '../text';
import { partyType } from '../parties/party.events';

export const AGREEMENT_KINDS = ['framework', 'family-centre', 'family-law'] as const;
/** Open-ended so a new kind of agreement needs no schema migration. */
export const agreementKind = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a lowercase kind such as family-centre');

export const ROLES = ['host', 'participant', 'coordinator'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const OBLIGATION_TYPES = [
  'provide-premises',
  'fund',
  'provide-staff',
  'produce-service',
  'pay-cost-share',
  'appoint-representative',
  'coordinate',
  'communicate',
  'assess-impact',
  'participate',
  'administrative-change',
  'transfer-of-undertaking',
  'review-and-update',
  'other',
] as const;
export const obligationType = z.enum(OBLIGATION_TYPES);
export type ObligationType = z.infer<typeof obligationType>;

export const selector = z.union([
  z.literal('all'),
  z.strictObject({ partyId: id }),
  z.strictObject({ partyType }),
  z.strictObject({ role }),
]);
export type Selector = z.infer<typeof selector>;

export const costShare = z.strictObject({
  basis: z.enum(['population', 'equal', 'fixed']),
  /** Which year's population to use relative to the billed year; the design's default is the previous year. */
  populationYearOffset: z.number().int().min(NUMBER_RANGES.populationYearOffset.min).max(NUMBER_RANGES.populationYearOffset.max).optional(),
});
export type CostShare = z.infer<typeof costShare>;

export const recurrence = z.enum(['once', 'monthly', 'quarterly', 'yearly']);
export type Recurrence = z.infer<typeof recurrence>;

export const obligation = z.strictObject({
  id,
  type: obligationType,
  obligor: selector,
  beneficiary: selector.optional(),
  description: localizedText,
  validFrom: calendarDate.optional(),
  validTo: calendarDate.optional(),
  recurrence: recurrence.optional(),
  costShare: costShare.optional(),
  clause: boundedText(TEXT_LIMITS.clause).optional(),
});
export type Obligation = z.infer<typeof obligation>;

export const agreementPartyInput = z.strictObject({ partyId: id, role, joinsOn: calendarDate.optional() });
export type AgreementPartyInput = z.infer<typeof agreementPartyInput>;

export const agreementParty = z.strictObject({ ...agreementPartyInput.shape, partyType });
export type AgreementParty = z.infer<typeof agreementParty>;

const termsFields = {
  title: localizedText,
  diaryNumber: boundedText(TEXT_LIMITS.diaryNumber).optional(),
  term: z.strictObject({ startsOn: calendarDate, endsOn: calendarDate.nullable() }),
  obligations: z.array(obligation).max(LIST_LIMITS.obligations),
};

/** Terms as a command submits them: the decider adds each party's registered type. */
export const termsInput = z.strictObject({ ...termsFields, parties: z.array(agreementPartyInput).max(LIST_LIMITS.parties) });
export type TermsInput = z.infer<typeof termsInput>;

export const terms = z.strictObject({ ...termsFields, parties: z.array(agreementParty).max(LIST_LIMITS.parties) });
export type Terms = z.infer<typeof terms>;
