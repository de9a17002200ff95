import type {
  DraftAgreement,
  EnterIntoForce,
  JoinParty,
  PartyTypeLookup,
  RecordDecision,
  RecordFulfilment,
  RecordReview,
  RecordSignature,
  ReviseDraft,
  TerminateAgreement,
  WithdrawParty,
} from '../agreements/agreement.commands';
import { evolveAgreement } from '../agreements/agreement.decider';
import type {
  AgreementDrafted,
  AgreementEvent,
  AgreementTerminated,
  BoardDecisionRecorded,
  DraftRevised,
  ObligationFulfilled,
  Outcome,
  PartyJoined,
  PartyWithdrew,
  SignatureRecorded,
  VersionEnteredIntoForce,
} from '../agreements/agreement.events';
import { initialAgreementState, type AgreementState } from '../agreements/agreement.state';
import type { Role, Terms, TermsInput } from '../agreements/terms';
import type { CalendarDate } from '../calendar/dates';
import type { PartyType } from '../parties/party.events';

/**
 * A family-law agreement after seed 000: Jyväskylä hosts, Laukaa and Hankasalmi participate from 2021,
 * decisions in November 2020 and signatures in December 2020.
 */
export const AGREEMENT_ID = 'ks-family-law';
export const TODAY = '2025-06-01';
export const MEETING_DATE = '2020-11-02';
export const SIGNED_ON = '2020-12-01';
export const STARTS_ON = '2021-01-01';
export const ENDS_ON = '2024-12-31';

export const PARTY_TYPES: PartyTypeLookup = {
  jyvaskyla: 'municipality',
  laukaa: 'municipality',
  hankasalmi: 'municipality',
  muurame: 'municipality',
  'keski-suomi-county': 'wellbeing-services-county',
};

export const FOUNDING_PARTIES = ['jyvaskyla', 'laukaa', 'hankasalmi'];

export function termsInput(overrides: Partial<TermsInput> = {}): TermsInput {
  return {
    title: { fi: 'Perheoikeudelliset palvelut' },
    diaryNumber: '123/00.04.01/2020',
    term: { startsOn: STARTS_ON, endsOn: ENDS_ON },
    parties: [
      { partyId: 'jyvaskyla', role: 'host' },
      { partyId: 'laukaa', role: 'participant' },
      { partyId: 'hankasalmi', role: 'participant' },
    ],
    obligations: [
      {
        id: 'service',
        type: 'produce-service',
        obligor: { partyId: 'jyvaskyla' },
        beneficiary: { role: 'participant' },
        description: { fi: 'Tuottaa perheoikeudelliset palvelut' },
        clause: '3',
      },
      {
        id: 'costs',
        type: 'pay-cost-share',
        obligor: { role: 'participant' },
        beneficiary: { partyId: 'jyvaskyla' },
        description: { fi: 'Maksaa asukaslukuun perustuvan osuuden' },
        costShare: { basis: 'population' },
        recurrence: 'yearly',
      },
    ],
    ...overrides,
  };
}

/** The terms as the decider stores them: with each party's registered type. */
export function withPartyTypes(input: TermsInput): Terms {
  return { ...input, parties: input.parties.map((party) => ({ ...party, partyType: PARTY_TYPES[party.partyId] })) };
}

// Commands

export function draftAgreement(overrides: Partial<DraftAgreement> = {}): DraftAgreement {
  return {
    type: 'DraftAgreement',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    kind: 'family-law',
    terms: termsInput(),
    partyTypes: PARTY_TYPES,
    ...overrides,
  };
}

export function reviseDraft(terms: TermsInput, overrides: Partial<ReviseDraft> = {}): ReviseDraft {
  return { type: 'ReviseDraft', today: TODAY, agreementId: AGREEMENT_ID, terms, partyTypes: PARTY_TYPES, ...overrides };
}

export function recordDecision(overrides: Partial<RecordDecision> & { partyId: string }): RecordDecision {
  return {
    type: 'RecordDecision',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    body: 'kunnanhallitus',
    meetingDate: MEETING_DATE,
    section: '§ 1',
    outcome: 'approved',
    version: 1,
    ...overrides,
  };
}

export function recordSignature(overrides: Partial<RecordSignature> & { partyId: string }): RecordSignature {
  return {
    type: 'RecordSignature',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    signatory: { name: 'Maija Meikäläinen', title: 'kunnanjohtaja' },
    authority: 'position',
    signedOn: SIGNED_ON,
    method: 'electronic',
    version: 1,
    ...overrides,
  };
}

export function enterIntoForce(overrides: Partial<EnterIntoForce> = {}): EnterIntoForce {
  return { type: 'EnterIntoForce', today: TODAY, agreementId: AGREEMENT_ID, version: 1, effectiveFrom: STARTS_ON, ...overrides };
}

export function joinParty(overrides: Partial<JoinParty> & { partyId: string; joinsOn: CalendarDate }): JoinParty {
  return {
    type: 'JoinParty',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    role: 'participant',
    partyType: 'municipality',
    ...overrides,
  };
}

export function withdrawParty(overrides: Partial<WithdrawParty> & { partyId: string; effectiveOn: CalendarDate }): WithdrawParty {
  return { type: 'WithdrawParty', today: TODAY, agreementId: AGREEMENT_ID, reason: 'Palvelut omana toimintana', ...overrides };
}

export function recordReview(overrides: Partial<RecordReview> = {}): RecordReview {
  return {
    type: 'RecordReview',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    year: 2021,
    heldOn: '2021-11-15',
    meeting: 'Yhteistyöryhmä',
    actions: [],
    findings: [],
    ...overrides,
  };
}

export function recordFulfilment(overrides: Partial<RecordFulfilment> & { obligationId: string; partyId: string }): RecordFulfilment {
  return { type: 'RecordFulfilment', today: TODAY, agreementId: AGREEMENT_ID, fulfilledOn: '2021-05-01', ...overrides };
}

export function terminateAgreement(overrides: Partial<TerminateAgreement> = {}): TerminateAgreement {
  return {
    type: 'TerminateAgreement',
    today: TODAY,
    agreementId: AGREEMENT_ID,
    effectiveOn: '2022-12-31',
    reason: 'Korvattu uudella sopimuksella',
    ...overrides,
  };
}

// Events

export const drafted: AgreementDrafted = {
  type: 'AgreementDrafted',
  schemaVersion: 1,
  data: { agreementId: AGREEMENT_ID, kind: 'family-law', version: 1, terms: withPartyTypes(termsInput()) },
};

/** The drafted event for the default terms with some fields replaced. */
export function draftedWith(overrides: Partial<TermsInput>): AgreementDrafted {
  return { ...drafted, data: { ...drafted.data, terms: withPartyTypes(termsInput(overrides)) } };
}

export function revised(version: number, terms: TermsInput): DraftRevised {
  return { type: 'DraftRevised', schemaVersion: 1, data: { agreementId: AGREEMENT_ID, version, terms: withPartyTypes(terms) } };
}

export function decidedBy(
  partyId: string,
  outcome: Outcome,
  version = 1,
  meetingDate: CalendarDate = MEETING_DATE,
): BoardDecisionRecorded {
  return {
    type: 'BoardDecisionRecorded',
    schemaVersion: 1,
    data: { partyId, body: 'kunnanhallitus', meetingDate, section: '§ 1', outcome, version },
  };
}

export function approvedBy(partyId: string, version = 1, meetingDate: CalendarDate = MEETING_DATE): BoardDecisionRecorded {
  return decidedBy(partyId, 'approved', version, meetingDate);
}

export function signedBy(partyId: string, version = 1, signedOn: CalendarDate = SIGNED_ON): SignatureRecorded {
  return {
    type: 'SignatureRecorded',
    schemaVersion: 1,
    data: {
      partyId,
      signatory: { name: 'Maija Meikäläinen', title: 'kunnanjohtaja' },
      authority: 'position',
      signedOn,
      method: 'electronic',
      version,
    },
  };
}

export function approvedAndSignedBy(partyIds: string[], version = 1): AgreementEvent[] {
  return partyIds.flatMap((partyId) => [approvedBy(partyId, version), signedBy(partyId, version)]);
}

export function enteredIntoForce(version = 1, effectiveFrom: CalendarDate = STARTS_ON): VersionEnteredIntoForce {
  return { type: 'VersionEnteredIntoForce', schemaVersion: 1, data: { version, effectiveFrom } };
}

export function joined(
  partyId: string,
  joinsOn: CalendarDate,
  role: Role = 'participant',
  partyType: PartyType = 'municipality',
): PartyJoined {
  return { type: 'PartyJoined', schemaVersion: 1, data: { partyId, partyType, role, joinsOn } };
}

export function withdrew(partyId: string, effectiveOn: CalendarDate): PartyWithdrew {
  return { type: 'PartyWithdrew', schemaVersion: 1, data: { partyId, effectiveOn, reason: 'Palvelut omana toimintana' } };
}

export function fulfilled(obligationId: string, partyId: string, fulfilledOn: CalendarDate): ObligationFulfilled {
  return { type: 'ObligationFulfilled', schemaVersion: 1, data: { obligationId, partyId, fulfilledOn } };
}

export function terminated(effectiveOn: CalendarDate): AgreementTerminated {
  return { type: 'AgreementTerminated', schemaVersion: 1, data: { effectiveOn, reason: 'Korvattu uudella sopimuksella' } };
}

/** Drafted, approved and signed by the three founding parties, in force from 2021-01-01. */
export const inForce: AgreementEvent[] = [drafted, ...approvedAndSignedBy(FOUNDING_PARTIES), enteredIntoForce()];

export function stateAfter(events: readonly AgreementEvent[]): AgreementState {
  return events.reduce(evolveAgreement, initialAgreementState);
}
