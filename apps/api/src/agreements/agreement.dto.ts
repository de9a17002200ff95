import {
  AGREEMENT_KINDS,
  FINDING_STATUSES,
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
import type { BoardDecision, Finding, ObligationType, Outcome, Role, Selector, Signature } from '@pacta/domain';
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

export class TermDto {
  @DateField({ example: '2026-01-01' }) startsOn!: string;
  @DateField({ nullable: true, nullMeans: 'open-ended', example: '2029-12-31', description: 'null: open-ended' }) endsOn!: string | null;
}

export class AgreementPartyDto {
  @IdField() partyId!: string;
  @EnumField(ROLES) role!: Role;
  @DateField({ optional: true, description: 'for a party that joins after the start' }) joinsOn?: string;
}

export class CostShareDto {
  @EnumField(costShare.shape.basis.options) basis!: 'population' | 'equal' | 'fixed';
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
  @NestedField(() => CostShareDto, { optional: true }) costShare?: CostShareDto;
  @TextField(TEXT_LIMITS.clause, { optional: true, example: '3' }) clause?: string;
}

export class TermsDto {
  @NestedField(() => LocalizedTextDto) title!: LocalizedTextDto;
  @TextField(TEXT_LIMITS.diaryNumber, { optional: true, example: '441/00.04.02/2025' }) diaryNumber?: string;
  @NestedField(() => TermDto) term!: TermDto;
  @NestedField(() => AgreementPartyDto, { maxItems: LIST_LIMITS.parties }) parties!: AgreementPartyDto[];
  @NestedField(() => ObligationDto, { maxItems: LIST_LIMITS.obligations }) obligations!: ObligationDto[];
}

export class DraftAgreementDto extends TermsDto {
  @IdField({ optional: true, description: 'generated when absent' }) id?: string;
  @EnumField(AGREEMENT_KINDS) kind!: string;
  @IdField({ optional: true, description: 'the agreement this one renews' }) predecessorId?: string;
  @IdField({ optional: true, description: 'the programme this agreement is one of; a party that declined it may not be named' })
  programmeId?: string;
}

export class ReviseDraftDto {
  @NestedField(() => TermsDto) terms!: TermsDto;
}

export class VoteDto {
  @IntField(NUMBER_RANGES.voteCount) for!: number;
  @IntField(NUMBER_RANGES.voteCount) against!: number;
  @IntField(NUMBER_RANGES.voteCount, { optional: true }) abstained?: number;
}

export class RecordDecisionDto implements BoardDecision {
  @IdField() partyId!: string;
  @TextField(TEXT_LIMITS.decisionBody, { example: 'kunnanhallitus' }) body!: string;
  @DateField() meetingDate!: string;
  @TextField(TEXT_LIMITS.section, { example: '§ 331' }) section!: string;
  @TextField(TEXT_LIMITS.diaryNumber, { optional: true }) diaryNumber?: string;
  @TextField(TEXT_LIMITS.person, { optional: true }) preparer?: string;
  @TextField(TEXT_LIMITS.person, { optional: true }) presenter?: string;
  @TextField(TEXT_LIMITS.proposal, { optional: true }) proposal?: string;
  @EnumField(OUTCOMES) outcome!: Outcome;
  @BooleanField({ optional: true }) unanimous?: boolean;
  @NestedField(() => VoteDto, { optional: true }) vote?: VoteDto;
  @IntField(NUMBER_RANGES.version) version!: number;
}

export class SignatoryDto {
  @TextField(TEXT_LIMITS.person) name!: string;
  @TextField(TEXT_LIMITS.person, { example: 'kunnanjohtaja' }) title!: string;
}

export class RecordSignatureDto implements Signature {
  @IdField() partyId!: string;
  @NestedField(() => SignatoryDto) signatory!: SignatoryDto;
  @EnumField(signatureRecordedData.shape.authority.options) authority!: Signature['authority'];
  @DateField() signedOn!: string;
  @EnumField(signatureRecordedData.shape.method.options) method!: Signature['method'];
  @IntField(NUMBER_RANGES.version) version!: number;
}

export class EnterIntoForceDto {
  @IntField(NUMBER_RANGES.version) version!: number;
  @DateField() effectiveFrom!: string;
}

export class JoinPartyDto {
  @IdField() partyId!: string;
  @EnumField(ROLES) role!: Role;
  @DateField() joinsOn!: string;
}

export class WithdrawPartyDto {
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

export class RecordReviewDto {
  @IntField(NUMBER_RANGES.year) year!: number;
  @DateField() heldOn!: string;
  @TextField(TEXT_LIMITS.meeting) meeting!: string;
  @DateField({ optional: true }) nextReviewDue?: string;
  @TextListField(LIST_LIMITS.actions, TEXT_LIMITS.action) actions!: string[];
  @NestedField(() => FindingDto, { maxItems: LIST_LIMITS.findings }) findings!: FindingDto[];
}

export class TerminateAgreementDto {
  @DateField({ description: 'the last day the agreement binds' }) effectiveOn!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
