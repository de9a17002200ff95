import type { CalendarDate } from '../calendar/dates';
import type { PartyType } from '../parties/party.events';
import type { Provenance } from '../provenance';
import type { CorrectFactContext, CorrectFactRequest } from '../corrections/fact-corrected';
import type { AnnualReview, BoardDecision, Fulfilment, Signature } from './agreement.events';
import type { ProgrammeDeclines } from './programme-declines';
import type { Role, TermsInput } from './terms';

interface AgreementCommandBase extends Provenance {
  /** The registry's date when the command arrives; the domain never reads a clock. */
  today: CalendarDate;
  agreementId: string;
}

/** The types of the registered parties the handler found; a party missing from it is unregistered. */
export type PartyTypeLookup = Record<string, PartyType>;

export interface DraftAgreement extends AgreementCommandBase {
  type: 'DraftAgreement';
  kind: string;
  terms: TermsInput;
  predecessorId?: string;
  /** The programme this agreement is one of, e.g. one municipality's agreement with a host's regional unit. */
  programmeId?: string;
  partyTypes: PartyTypeLookup;
  /** The programme as the handler found it, when programmeId is given. */
  programme?: ProgrammeDeclines;
}

export interface ReviseDraft extends AgreementCommandBase {
  type: 'ReviseDraft';
  terms: TermsInput;
  partyTypes: PartyTypeLookup;
  /** The agreement's programme as the handler found it, when the agreement is one of a programme. */
  programme?: ProgrammeDeclines;
}

export interface RecordDecision extends AgreementCommandBase, BoardDecision {
  type: 'RecordDecision';
}

export interface RecordSignature extends AgreementCommandBase, Signature {
  type: 'RecordSignature';
}

export interface EnterIntoForce extends AgreementCommandBase {
  type: 'EnterIntoForce';
  version: number;
  effectiveFrom: CalendarDate;
}

export interface JoinParty extends AgreementCommandBase {
  type: 'JoinParty';
  partyId: string;
  role: Role;
  joinsOn: CalendarDate;
  /** Undefined when the handler found no such registered party. */
  partyType?: PartyType;
  /** The agreement's programme as the handler found it, when the agreement is one of a programme. */
  programme?: ProgrammeDeclines;
}

export interface WithdrawParty extends AgreementCommandBase {
  type: 'WithdrawParty';
  partyId: string;
  effectiveOn: CalendarDate;
  reason: string;
}

export interface RecordReview extends AgreementCommandBase, AnnualReview {
  type: 'RecordReview';
}

export interface RecordFulfilment extends AgreementCommandBase, Fulfilment {
  type: 'RecordFulfilment';
}

export interface TerminateAgreement extends AgreementCommandBase {
  type: 'TerminateAgreement';
  effectiveOn: CalendarDate;
  reason: string;
}

export interface CorrectAgreementFact extends AgreementCommandBase, CorrectFactRequest, CorrectFactContext {
  type: 'CorrectAgreementFact';
}

export type AgreementCommand =
  | DraftAgreement
  | ReviseDraft
  | RecordDecision
  | RecordSignature
  | EnterIntoForce
  | JoinParty
  | WithdrawParty
  | RecordReview
  | RecordFulfilment
  | TerminateAgreement
  | CorrectAgreementFact;
