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

export const PRORATIONS = ['none', 'days', 'months'] as const;
export const proration = z.enum(PRORATIONS);
export type Proration = z.infer<typeof proration>;

export const costShare = z.strictObject({
  basis: z.enum(['population', 'equal', 'fixed']),
  /** How a party bound for part of the year pays; absent means none, a full share. */
  proration: proration.optional(),
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
  /** For a once obligation: the day it must be fulfilled by. */
  dueOn: calendarDate.optional(),
  /** The id of the location in the terms where the obligation is met. */
  at: id.optional(),
  costShare: costShare.optional(),
  clause: boundedText(TEXT_LIMITS.clause).optional(),
});
export type Obligation = z.infer<typeof obligation>;

export const LOCATION_KINDS = ['office', 'reception-by-appointment', 'family-centre', 'meeting-place'] as const;

export const location = z.strictObject({
  id,
  kind: z.enum(LOCATION_KINDS),
  /** The municipality (a registered party) the place is in. */
  municipality: id.optional(),
  name: boundedText(TEXT_LIMITS.locationName).optional(),
  /** The party whose premises these are, when it is not the party that meets the obligation there. */
  providedBy: id.optional(),
});
export type Location = z.infer<typeof location>;

/** The body whose decision counts as the party's approval, and what gives it that competence. */
export const approvalBy = z.strictObject({
  body: boundedText(TEXT_LIMITS.decisionBody),
  basis: boundedText(TEXT_LIMITS.approvalBasis).optional(),
});
export type ApprovalBy = z.infer<typeof approvalBy>;

export const agreementPartyInput = z.strictObject({ partyId: id, role, joinsOn: calendarDate.optional(), approvalBy: approvalBy.optional() });
export type AgreementPartyInput = z.infer<typeof agreementPartyInput>;

export const agreementParty = z.strictObject({ ...agreementPartyInput.shape, partyType });
export type AgreementParty = z.infer<typeof agreementParty>;

const termsFields = {
  title: localizedText,
  diaryNumber: boundedText(TEXT_LIMITS.diaryNumber).optional(),
  term: z.strictObject({ startsOn: calendarDate, endsOn: calendarDate.nullable() }),
  /** When the first annual review is due; later ones are due when the previous review says. */
  firstReviewDue: calendarDate.optional(),
  locations: z.array(location).max(LIST_LIMITS.locations).optional(),
  obligations: z.array(obligation).max(LIST_LIMITS.obligations),
};

/** Terms as a command submits them: the decider adds each party's registered type. */
export const termsInput = z.strictObject({ ...termsFields, parties: z.array(agreementPartyInput).max(LIST_LIMITS.parties) });
export type TermsInput = z.infer<typeof termsInput>;

export const terms = z.strictObject({ ...termsFields, parties: z.array(agreementParty).max(LIST_LIMITS.parties) });
export type Terms = z.infer<typeof terms>;
