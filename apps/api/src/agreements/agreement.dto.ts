import {
  AGREEMENT_KINDS,
  DECISION_PROCEDURES,
  FINDING_STATUSES,
  LOCATION_KINDS,
  PRORATIONS,
  LIST_LIMITS,
  NUMBER_RANGES,
  OBLIGATION_TYPES,
  OUTCOMES,
  ROLES,
  TEXT_LIMITS,
  costShare,
  recurrence,
  signatureRecordedData,
} from '@pacta/domain';
import type { BoardDecision, Finding, Fulfilment, Location, ObligationType, Outcome, Proration, Role, Selector, Signature } from '@pacta/domain';
import {
  BooleanField,
  DateField,
  EnumField,
  IdField,
  IntField,
  NestedField,
  SelectorField,
  TextField,
  TextListField,
} from '../http/fields';
import { LocalizedTextDto } from '../parties/party.dto';
import { AssumedDto, ProvenanceDto, SourceDto } from '../provenance/provenance.dto';

export class TermDto {
  @DateField({ example: '2026-01-01' }) startsOn!: string;
  @DateField({ nullable: true, nullMeans: 'open-ended', example: '2029-12-31', description: 'null: open-ended' }) endsOn!: string | null;
}

export class ApprovalByDto {
  @TextField(TEXT_LIMITS.decisionBody, { example: 'kunnanhallitus' }) body!: string;
  @TextField(TEXT_LIMITS.approvalBasis, { optional: true, example: 'hallintosääntö § 23 kohta 7' }) basis?: string;
}

export class AgreementPartyDto {
  @IdField() partyId!: string;
  @EnumField(ROLES) role!: Role;
  @DateField({ optional: true, description: 'for a party that joins after the start' }) joinsOn?: string;
  @NestedField(() => ApprovalByDto, { optional: true, description: "the body whose decision is the party's approval; another body's decision does not count" })
  approvalBy?: ApprovalByDto;
}

export class LocationDto {
  @IdField({ example: 'rantasalmi-meeting-place' }) id!: string;
  @EnumField(LOCATION_KINDS) kind!: Location['kind'];
  @IdField({ optional: true, description: 'the registered municipality the place is in' }) municipality?: string;
  @TextField(TEXT_LIMITS.locationName, { optional: true, example: 'seurakunnan tilat' }) name?: string;
  @IdField({ optional: true, description: 'the registered party whose premises these are' }) providedBy?: string;
}

export class CostShareDto {
  @EnumField(costShare.shape.basis.options) basis!: 'population' | 'equal' | 'fixed';
  @EnumField(PRORATIONS, { optional: true, description: 'how a party bound for part of the year pays; default none (a full share)' })
  proration?: Proration;
  @IntField(NUMBER_RANGES.populationYearOffset, { optional: true, description: 'population year relative to the cost year; default -1' })
  populationYearOffset?: number;
}

export class ObligationDto {
  @IdField({ example: 'premises' }) id!: string;
  @EnumField(OBLIGATION_TYPES) type!: ObligationType;
  @SelectorField() obligor!: Selector;
  @SelectorField({ optional: true }) beneficiary?: Selector;
  @NestedField(() => LocalizedTextDto) description!: LocalizedTextDto;
  @DateField({ optional: true }) validFrom?: string;
  @DateField({ optional: true }) validTo?: string;
  @EnumField(recurrence.options, { optional: true }) recurrence?: 'once' | 'monthly' | 'quarterly' | 'yearly';
  @DateField({ optional: true, description: 'for recurrence once: the day it is due; listed as overdue after it until fulfilled' }) dueOn?: string;
  @IdField({ optional: true, description: 'the id of a location of these terms where it is met' }) at?: string;
  @NestedField(() => CostShareDto, { optional: true }) costShare?: CostShareDto;
  @TextField(TEXT_LIMITS.clause, { optional: true, example: '3' }) clause?: string;
}

export class TermsDto {
  @NestedField(() => LocalizedTextDto) title!: LocalizedTextDto;
  @TextField(TEXT_LIMITS.diaryNumber, { optional: true, example: '441/00.04.02/2025' }) diaryNumber?: string;
  @NestedField(() => TermDto) term!: TermDto;
  @DateField({ optional: true, description: 'when the first annual review is due' }) firstReviewDue?: string;
  @NestedField(() => LocationDto, { optional: true, maxItems: LIST_LIMITS.locations }) locations?: LocationDto[];
  @NestedField(() => AgreementPartyDto, { maxItems: LIST_LIMITS.parties }) parties!: AgreementPartyDto[];
  @NestedField(() => ObligationDto, { maxItems: LIST_LIMITS.obligations }) obligations!: ObligationDto[];
}

export class DraftAgreementDto extends TermsDto {
  @NestedField(() => SourceDto, { optional: true, description: 'the document and place the draft rests on' }) source?: SourceDto;
  @NestedField(() => AssumedDto, { optional: true, description: 'present when the documents do not state the draft' }) assumed?: AssumedDto;
  @IdField({ optional: true, description: 'generated when absent' }) id?: string;
  @EnumField(AGREEMENT_KINDS) kind!: string;
  @IdField({ optional: true, description: 'the agreement this one renews' }) predecessorId?: string;
  @IdField({ optional: true, description: 'the programme this agreement is one of; a party that declined it may not be named' })
  programmeId?: string;
}

export class ReviseDraftDto extends ProvenanceDto {
  @NestedField(() => TermsDto) terms!: TermsDto;
}

export class VoteDto {
  @IntField(NUMBER_RANGES.voteCount) for!: number;
  @IntField(NUMBER_RANGES.voteCount) against!: number;
  @IntField(NUMBER_RANGES.voteCount, { optional: true }) abstained?: number;
}

export class RecordDecisionDto extends ProvenanceDto implements BoardDecision {
  @IdField() partyId!: string;
  @TextField(TEXT_LIMITS.decisionBody, { optional: true, example: 'kunnanhallitus', description: 'required unless the decision is recorded as assumed' })
  body?: string;
  @DateField() meetingDate!: string;
  @TextField(TEXT_LIMITS.section, { optional: true, example: '§ 331', description: 'absent when the minutes give none' }) section?: string;
  @TextField(TEXT_LIMITS.diaryNumber, { optional: true }) diaryNumber?: string;
  @TextField(TEXT_LIMITS.person, { optional: true }) preparer?: string;
  @TextField(TEXT_LIMITS.person, { optional: true }) presenter?: string;
  @TextField(TEXT_LIMITS.proposal, { optional: true }) proposal?: string;
  @EnumField(DECISION_PROCEDURES, { optional: true, description: 'electronic: sähköinen päätöksenteko' }) procedure?: BoardDecision['procedure'];
  @EnumField(OUTCOMES) outcome!: Outcome;
  @TextField(TEXT_LIMITS.decisionBody, { optional: true, description: 'with proposed-to-higher-body: the body it was proposed to' }) referredTo?: string;
  @BooleanField({ optional: true }) unanimous?: boolean;
  @NestedField(() => VoteDto, { optional: true }) vote?: VoteDto;
  @IntField(NUMBER_RANGES.version) version!: number;
}

export class SignatoryDto {
  @TextField(TEXT_LIMITS.person) name!: string;
  @TextField(TEXT_LIMITS.person, { example: 'kunnanjohtaja' }) title!: string;
}

export class RecordSignatureDto extends ProvenanceDto implements Signature {
  @IdField() partyId!: string;
  @NestedField(() => SignatoryDto, { optional: true, description: 'required unless the signature is recorded as assumed' }) signatory?: SignatoryDto;
  @EnumField(signatureRecordedData.shape.authority.options) authority!: Signature['authority'];
  @DateField() signedOn!: string;
  @EnumField(signatureRecordedData.shape.method.options) method!: Signature['method'];
  @IntField(NUMBER_RANGES.version) version!: number;
}

export class EnterIntoForceDto extends ProvenanceDto {
  @IntField(NUMBER_RANGES.version) version!: number;
  @DateField() effectiveFrom!: string;
}

export class JoinPartyDto extends ProvenanceDto {
  @IdField() partyId!: string;
  @EnumField(ROLES) role!: Role;
  @DateField() joinsOn!: string;
}

export class WithdrawPartyDto extends ProvenanceDto {
  @IdField() partyId!: string;
  @DateField({ description: 'the last day the party is bound' }) effectiveOn!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}

export class FindingDto implements Finding {
  @IdField() obligationId!: string;
  @IdField() partyId!: string;
  @EnumField(FINDING_STATUSES) status!: Finding['status'];
  @TextField(TEXT_LIMITS.note, { optional: true }) note?: string;
}

export class RecordReviewDto extends ProvenanceDto {
  @IntField(NUMBER_RANGES.year) year!: number;
  @DateField() heldOn!: string;
  @TextField(TEXT_LIMITS.meeting) meeting!: string;
  @DateField({ optional: true }) nextReviewDue?: string;
  @TextListField(LIST_LIMITS.actions, TEXT_LIMITS.action) actions!: string[];
  @NestedField(() => FindingDto, { maxItems: LIST_LIMITS.findings }) findings!: FindingDto[];
}

export class TerminateAgreementDto extends ProvenanceDto {
  @DateField({ description: 'the last day the agreement binds' }) effectiveOn!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}

export class RecordFulfilmentDto extends ProvenanceDto implements Fulfilment {
  @IdField({ example: 'transfer' }) obligationId!: string;
  @IdField({ description: 'the party that owed the obligation' }) partyId!: string;
  @DateField() fulfilledOn!: string;
}
