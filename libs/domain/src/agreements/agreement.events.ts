import { z } from 'zod';
import { calendarDate } from '../calendar/zod';
import type { FactCorrected } from '../corrections/fact-corrected';
import type { EventOf } from '../event-of';
import { id } from '../ids';
import { LIST_LIMITS, NUMBER_RANGES, TEXT_LIMITS } from '../limits';
import { partyType } from '../parties/party.events';
import { provenance } from '../provenance';
import { boundedText } from '../text';
import { agreementKind, role, terms } from './terms';

const versionNumber = z.number().int().min(NUMBER_RANGES.version.min).max(NUMBER_RANGES.version.max);
const count = z.number().int().min(NUMBER_RANGES.voteCount.min).max(NUMBER_RANGES.voteCount.max);
const person = boundedText(TEXT_LIMITS.person);

export const agreementDraftedData = z.strictObject({
  agreementId: id,
  kind: agreementKind,
  version: z.literal(1),
  terms,
  /** The agreement this one renews; the read side derives "succeeded by" from it. */
  predecessorId: id.optional(),
  /** The programme this agreement is one of. */
  programmeId: id.optional(),
  ...provenance,
});
export type AgreementDraftedData = z.infer<typeof agreementDraftedData>;
export type AgreementDrafted = EventOf<'AgreementDrafted', AgreementDraftedData>;

export const draftRevisedData = z.strictObject({ agreementId: id, version: versionNumber.min(2), terms, ...provenance });
export type DraftRevisedData = z.infer<typeof draftRevisedData>;
export type DraftRevised = EventOf<'DraftRevised', DraftRevisedData>;

export const OUTCOMES = ['approved', 'rejected', 'tabled', 'returned', 'proposed-to-higher-body'] as const;
export const outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcome>;

/** How the body decided: in a meeting, or by electronic decision-making (sähköinen päätöksenteko). */
export const DECISION_PROCEDURES = ['meeting', 'electronic'] as const;

export const boardDecisionRecordedData = z.strictObject({
  partyId: id,
  /** Absent only on an assumed decision whose body the documents do not name. */
  body: boundedText(TEXT_LIMITS.decisionBody).optional(),
  meetingDate: calendarDate,
  /** Absent when the minutes give no § (an extract of one item may not). */
  section: boundedText(TEXT_LIMITS.section).optional(),
  diaryNumber: boundedText(TEXT_LIMITS.diaryNumber).optional(),
  preparer: person.optional(),
  presenter: person.optional(),
  proposal: boundedText(TEXT_LIMITS.proposal).optional(),
  procedure: z.enum(DECISION_PROCEDURES).optional(),
  outcome,
  /** The higher body a proposed-to-higher-body decision was referred to. */
  referredTo: boundedText(TEXT_LIMITS.decisionBody).optional(),
  unanimous: z.boolean().optional(),
  vote: z.strictObject({ for: count, against: count, abstained: count.optional() }).optional(),
  version: versionNumber,
  ...provenance,
});
export type BoardDecision = z.infer<typeof boardDecisionRecordedData>;
export type BoardDecisionRecorded = EventOf<'BoardDecisionRecorded', BoardDecision>;

export const signatureRecordedData = z.strictObject({
  partyId: id,
  /** Absent only on an assumed signature whose signatory the documents do not name. */
  signatory: z.strictObject({ name: person, title: person }).optional(),
  authority: z.enum(['position', 'signing-right', 'mandate']),
  signedOn: calendarDate,
  method: z.enum(['electronic', 'paper']),
  version: versionNumber,
  ...provenance,
});
export type Signature = z.infer<typeof signatureRecordedData>;
export type SignatureRecorded = EventOf<'SignatureRecorded', Signature>;

export const versionEnteredIntoForceData = z.strictObject({ version: versionNumber, effectiveFrom: calendarDate, ...provenance });
export type VersionInForce = z.infer<typeof versionEnteredIntoForceData>;
export type VersionEnteredIntoForce = EventOf<'VersionEnteredIntoForce', VersionInForce>;

export const partyJoinedData = z.strictObject({ partyId: id, partyType, role, joinsOn: calendarDate, ...provenance });
export type PartyJoinedData = z.infer<typeof partyJoinedData>;
export type PartyJoined = EventOf<'PartyJoined', PartyJoinedData>;

export const partyWithdrewData = z.strictObject({
  partyId: id,
  effectiveOn: calendarDate,
  reason: boundedText(TEXT_LIMITS.reason),
  ...provenance,
});
export type Withdrawal = z.infer<typeof partyWithdrewData>;
export type PartyWithdrew = EventOf<'PartyWithdrew', Withdrawal>;

export const FINDING_STATUSES = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;

export const finding = z.strictObject({
  obligationId: id,
  partyId: id,
  status: z.enum(FINDING_STATUSES),
  note: boundedText(TEXT_LIMITS.note).optional(),
});
export type Finding = z.infer<typeof finding>;

export const annualReviewRecordedData = z.strictObject({
  year: z.number().int().min(NUMBER_RANGES.year.min).max(NUMBER_RANGES.year.max),
  heldOn: calendarDate,
  meeting: boundedText(TEXT_LIMITS.meeting),
  nextReviewDue: calendarDate.optional(),
  actions: z.array(boundedText(TEXT_LIMITS.action)).max(LIST_LIMITS.actions),
  findings: z.array(finding).max(LIST_LIMITS.findings),
  ...provenance,
});
export type AnnualReview = z.infer<typeof annualReviewRecordedData>;
export type AnnualReviewRecorded = EventOf<'AnnualReviewRecorded', AnnualReview>;

/** A party met a once obligation; from then on the obligation is no longer owed. */
export const obligationFulfilledData = z.strictObject({
  obligationId: id,
  partyId: id,
  fulfilledOn: calendarDate,
  ...provenance,
});
export type Fulfilment = z.infer<typeof obligationFulfilledData>;
export type ObligationFulfilled = EventOf<'ObligationFulfilled', Fulfilment>;

export const agreementTerminatedData = z.strictObject({ effectiveOn: calendarDate, reason: boundedText(TEXT_LIMITS.reason), ...provenance });
export type Termination = z.infer<typeof agreementTerminatedData>;
export type AgreementTerminated = EventOf<'AgreementTerminated', Termination>;

export type AgreementEvent =
  | AgreementDrafted
  | DraftRevised
  | BoardDecisionRecorded
  | SignatureRecorded
  | VersionEnteredIntoForce
  | PartyJoined
  | PartyWithdrew
  | AnnualReviewRecorded
  | ObligationFulfilled
  | AgreementTerminated
  | FactCorrected;
