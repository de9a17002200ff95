import {
  AGREEMENT_KINDS,
  FINDING_STATUSES,
  OBLIGATION_TYPES,
  OUTCOMES,
  ROLES,
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
  @DateField({ nullable: true, example: '2029-12-31', description: 'null: open-ended' }) endsOn!: string | null;
}

export class AgreementPartyDto {
  @IdField() partyId!: string;
  @EnumField(ROLES) role!: Role;
  @DateField({ optional: true, description: 'for a party that joins after the start' }) joinsOn?: string;
}

export class CostShareDto {
  @EnumField(costShare.shape.basis.options) basis!: 'population' | 'equal' | 'fixed';
  @IntField(-5, 0, { optional: true, description: 'population year relative to the cost year; default -1' })
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
  @TextField(50, { optional: true, example: '3' }) clause?: string;
}

export class TermsDto {
  @NestedField(() => LocalizedTextDto) title!: LocalizedTextDto;
  @TextField(200, { optional: true, example: '441/00.04.02/2025' }) diaryNumber?: string;
  @NestedField(() => TermDto) term!: TermDto;
  @NestedField(() => AgreementPartyDto, { maxItems: 500 }) parties!: AgreementPartyDto[];
  @NestedField(() => ObligationDto, { maxItems: 200 }) obligations!: ObligationDto[];
}

export class DraftAgreementDto extends TermsDto {
  @IdField({ optional: true, description: 'generated when absent' }) id?: string;
  @EnumField(AGREEMENT_KINDS) kind!: string;
  @IdField({ optional: true, description: 'the agreement this one renews' }) predecessorId?: string;
}

export class ReviseDraftDto {
  @NestedField(() => TermsDto) terms!: TermsDto;
}

export class VoteDto {
  @IntField(0, 1000) for!: number;
  @IntField(0, 1000) against!: number;
  @IntField(0, 1000, { optional: true }) abstained?: number;
}

export class RecordDecisionDto implements BoardDecision {
  @IdField() partyId!: string;
  @TextField(200, { example: 'kunnanhallitus' }) body!: string;
  @DateField() meetingDate!: string;
  @TextField(50, { example: '§ 331' }) section!: string;
  @TextField(200, { optional: true }) diaryNumber?: string;
  @TextField(200, { optional: true }) preparer?: string;
  @TextField(200, { optional: true }) presenter?: string;
  @TextField(10000, { optional: true }) proposal?: string;
  @EnumField(OUTCOMES) outcome!: Outcome;
  @BooleanField({ optional: true }) unanimous?: boolean;
  @NestedField(() => VoteDto, { optional: true }) vote?: VoteDto;
  @IntField(1, 100000) version!: number;
}

export class SignatoryDto {
  @TextField(200) name!: string;
  @TextField(200, { example: 'kunnanjohtaja' }) title!: string;
}

export class RecordSignatureDto implements Signature {
  @IdField() partyId!: string;
  @NestedField(() => SignatoryDto) signatory!: SignatoryDto;
  @EnumField(signatureRecordedData.shape.authority.options) authority!: Signature['authority'];
  @DateField() signedOn!: string;
  @EnumField(signatureRecordedData.shape.method.options) method!: Signature['method'];
  @IntField(1, 100000) version!: number;
}

export class EnterIntoForceDto {
  @IntField(1, 100000) version!: number;
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
  @TextField(2000) reason!: string;
}

export class FindingDto implements Finding {
  @IdField() obligationId!: string;
  @IdField() partyId!: string;
  @EnumField(FINDING_STATUSES) status!: Finding['status'];
  @TextField(5000, { optional: true }) note?: string;
}

export class RecordReviewDto {
  @IntField(1900, 2200) year!: number;
  @DateField() heldOn!: string;
  @TextField(500) meeting!: string;
  @DateField({ optional: true }) nextReviewDue?: string;
  @TextListField(100, 2000) actions!: string[];
  @NestedField(() => FindingDto, { maxItems: 5000 }) findings!: FindingDto[];
}

export class TerminateAgreementDto {
  @DateField({ description: 'the last day the agreement binds' }) effectiveOn!: string;
  @TextField(2000) reason!: string;
}
