import { decoderOf, streamNaming, type Decider } from '../decider';
import { AGREEMENT_EVENT_TYPES } from '../events';
import { addDays, firstDayOfYear, lastDayOfYear, type CalendarDate } from '../calendar/dates';
import {
  AgreementAlreadyExists,
  AgreementNotFound,
  AgreementNotInForce,
  AgreementTerminatedError,
  AlreadyAParty,
  AlreadySigned,
  AlreadyTerminated,
  AlreadyWithdrawn,
  DateInTheFuture,
  DateOutsideTerm,
  EffectiveDateOutOfOrder,
  InvalidCommand,
  InvalidDecision,
  InvalidReview,
  NotAPartyOfAgreement,
  PartiesNotReady,
  PartyHasNotApproved,
  SignedBeforeApproval,
  UnregisteredParty,
  VersionAlreadyInForce,
  VersionNotFound,
  WithdrawalBeforeJoining,
} from '../errors';
import { applyAgreementCorrection, decideAgreementCorrection } from '../corrections/agreement-corrections';
import { obligationRows } from '../obligations/expand';
import { fulfilmentOf } from '../obligations/fulfilment';
import { provenanceOf, unstatedWithoutAssumption } from '../provenance';
import { partyField, partyIdsOf, validTerms } from './valid-terms';
import { parseOrThrow, type InvalidFieldError } from '../validation';
import { assertNoneDeclined } from './programme-declines';
import type {
  AgreementCommand,
  DraftAgreement,
  EnterIntoForce,
  JoinParty,
  RecordDecision,
  RecordReview,
  RecordSignature,
  ReviseDraft,
  TerminateAgreement,
  WithdrawParty,
} from './agreement.commands';
import {
  agreementDraftedData,
  agreementTerminatedData,
  annualReviewRecordedData,
  boardDecisionRecordedData,
  draftRevisedData,
  partyJoinedData,
  partyWithdrewData,
  signatureRecordedData,
  versionEnteredIntoForceData,
  type AgreementEvent,
} from './agreement.events';
import {
  approvingDecision,
  currentMembership,
  duePartyIds,
  findVersion,
  hasApproved,
  hasSigned,
  initialAgreementState,
  latestVersion,
  partiesOf,
  signatureOf,
  whyApprovalDoesNotCount,
  type AgreementState,
  type AgreementVersion,
} from './agreement.state';

export function decideAgreement(command: AgreementCommand, state: AgreementState): AgreementEvent[] {
  switch (command.type) {
    case 'DraftAgreement':
      return draftAgreement(command, state);
    case 'ReviseDraft':
      return reviseDraft(command, state);
    case 'RecordDecision':
      return recordDecision(command, state);
    case 'RecordSignature':
      return recordSignature(command, state);
    case 'EnterIntoForce':
      return enterIntoForce(command, state);
    case 'JoinParty':
      return joinParty(command, state);
    case 'WithdrawParty':
      return withdrawParty(command, state);
    case 'RecordReview':
      return recordReview(command, state);
    case 'RecordFulfilment':
      openAgreement(command, state);
      return [fulfilmentOf(command, state)];
    case 'TerminateAgreement':
      return terminateAgreement(command, state);
    case 'CorrectAgreementFact':
      return decideAgreementCorrection(command, state);
  }
}

export const agreementDecider: Decider<AgreementCommand, AgreementEvent, AgreementState> = {
  decide: decideAgreement,
  evolve: evolveAgreement,
  initialState: initialAgreementState,
  stream: streamNaming('agreement'),
  decode: decoderOf(AGREEMENT_EVENT_TYPES),
};

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  switch (event.type) {
    case 'AgreementDrafted': {
      const { agreementId, kind, predecessorId, programmeId, version, terms, source, assumed } = event.data;
      const versions = [{ version, terms, ...provenanceOf({ source, assumed }), decisions: [], signatures: [] }];
      return { ...state, exists: true, agreementId, kind, predecessorId, programmeId, versions };
    }
    case 'DraftRevised': {
      const { version, terms, source, assumed } = event.data;
      const revised = { version, terms, ...provenanceOf({ source, assumed }), decisions: [], signatures: [] };
      return { ...state, versions: [...state.versions, revised] };
    }
    case 'BoardDecisionRecorded':
      return updateVersion(state, event.data.version, (version) => ({
        ...version,
        decisions: [...version.decisions, event.data],
      }));
    case 'SignatureRecorded':
      return updateVersion(state, event.data.version, (version) => ({
        ...version,
        signatures: [...version.signatures, event.data],
      }));
    case 'VersionEnteredIntoForce':
      return { ...state, inForce: [...state.inForce, event.data] };
    case 'PartyJoined': {
      // Versions are numbered 1..n, so the count is the latest version.
      const atVersion = state.inForce.at(-1)?.version ?? state.versions.length;
      return { ...state, joined: [...state.joined, { ...event.data, atVersion }] };
    }
    case 'PartyWithdrew':
      return { ...state, withdrawals: [...state.withdrawals, event.data] };
    case 'AnnualReviewRecorded':
      return { ...state, reviews: [...state.reviews, event.data] };
    case 'ObligationFulfilled':
      return { ...state, fulfilments: [...state.fulfilments, event.data] };
    case 'AgreementTerminated':
      return { ...state, termination: event.data };
    case 'FactCorrected':
      return applyAgreementCorrection(state, event.data);
  }
}

function updateVersion(
  state: AgreementState,
  version: number,
  update: (version: AgreementVersion) => AgreementVersion,
): AgreementState {
  return {
    ...state,
    versions: state.versions.map((candidate) => (candidate.version === version ? update(candidate) : candidate)),
  };
}

const invalidCommand: InvalidFieldError = (detail, field) => new InvalidCommand(detail, field);
const invalidDecision: InvalidFieldError = (detail, field) => new InvalidDecision(detail, field);
const invalidReview: InvalidFieldError = (detail, field) => new InvalidReview(detail, field);

/** The fields a command carries for its event, without the command's own envelope. */
function payloadOf<C extends AgreementCommand>(command: C): Omit<C, 'type' | 'today' | 'agreementId'> {
  const { type: _type, today: _today, agreementId: _agreementId, ...payload } = command;
  return payload;
}

function draftAgreement(command: DraftAgreement, state: AgreementState): AgreementEvent[] {
  if (state.exists) throw new AgreementAlreadyExists(`agreement ${command.agreementId} already exists`);
  const terms = validTerms(command.terms, command.partyTypes);
  const { agreementId, kind, predecessorId, programmeId, source, assumed } = command;
  const data = parseOrThrow(agreementDraftedData, { agreementId, kind, version: 1, terms, predecessorId, programmeId, source, assumed }, invalidCommand);
  assertNoneDeclined(data.programmeId, command.programme, partyIdsOf(terms), partyField);
  if (data.predecessorId === data.agreementId) {
    throw new InvalidCommand(`agreement ${agreementId} cannot succeed itself`, 'predecessorId');
  }
  return [{ type: 'AgreementDrafted', schemaVersion: 1, data }];
}

function reviseDraft(command: ReviseDraft, state: AgreementState): AgreementEvent[] {
  const latest = openAgreement(command, state);
  const terms = validTerms(command.terms, command.partyTypes);
  assertNoneDeclined(state.programmeId, command.programme, partyIdsOf(terms), partyField);
  const data = parseOrThrow(
    draftRevisedData,
    { agreementId: state.agreementId, version: latest.version + 1, terms, source: command.source, assumed: command.assumed },
    invalidCommand,
  );
  return [{ type: 'DraftRevised', schemaVersion: 1, data }];
}

function recordDecision(command: RecordDecision, state: AgreementState): AgreementEvent[] {
  openAgreement(command, state);
  const data = parseOrThrow(boardDecisionRecordedData, payloadOf(command), invalidDecision);
  if (unstatedWithoutAssumption('BoardDecisionRecorded', data)) {
    throw new InvalidDecision('the body that decided is required, unless the decision is recorded as assumed', 'body');
  }
  assertHappened('meetingDate', data.meetingDate, command.today);
  assertPartyOfVersion(state, data.partyId, data.version);
  if (data.referredTo !== undefined && data.outcome !== 'proposed-to-higher-body') {
    throw new InvalidDecision(`only a decision proposed to a higher body is referred to one, not one ${data.outcome}`, 'referredTo');
  }
  if (data.unanimous && data.vote && data.vote.against > 0) {
    throw new InvalidDecision(`a unanimous decision cannot have ${data.vote.against} votes against`, 'vote');
  }
  return [{ type: 'BoardDecisionRecorded', schemaVersion: 1, data }];
}

function recordSignature(command: RecordSignature, state: AgreementState): AgreementEvent[] {
  openAgreement(command, state);
  const data = parseOrThrow(signatureRecordedData, payloadOf(command), invalidCommand);
  if (unstatedWithoutAssumption('SignatureRecorded', data)) {
    throw invalidCommand('the signatory is required, unless the signature is recorded as assumed', 'signatory');
  }
  const { partyId, version, signedOn } = data;
  assertHappened('signedOn', signedOn, command.today);
  assertPartyOfVersion(state, partyId, version);
  const approval = approvingDecision(state, partyId, version);
  if (!approval) throw new PartyHasNotApproved(`${partyId} has not approved version ${version}${whyApprovalDoesNotCount(state, partyId, version)}`);
  if (signatureOf(state, partyId, version)) throw new AlreadySigned(`${partyId} has already signed version ${version}`);
  if (signedOn < approval.meetingDate) {
    throw new SignedBeforeApproval(
      `${partyId} signed on ${signedOn}, before approving on ${approval.meetingDate} (${[approval.body, approval.section].filter(Boolean).join(' ')})`,
      'signedOn',
    );
  }
  return [{ type: 'SignatureRecorded', schemaVersion: 1, data }];
}

function enterIntoForce(command: EnterIntoForce, state: AgreementState): AgreementEvent[] {
  openAgreement(command, state);
  const data = parseOrThrow(versionEnteredIntoForceData, payloadOf(command), invalidCommand);
  const { version, effectiveFrom } = data;
  const { terms } = versionOrThrow(state, version);
  if (state.inForce.some((entry) => entry.version === version)) {
    throw new VersionAlreadyInForce(`version ${version} is already in force`);
  }
  const { startsOn, endsOn } = terms.term;
  if (effectiveFrom < startsOn || (endsOn !== null && effectiveFrom > endsOn)) {
    throw new DateOutsideTerm(`${effectiveFrom} is outside the term ${startsOn}–${endsOn ?? ''}`, 'effectiveFrom');
  }
  const current = state.inForce.at(-1);
  if (current && effectiveFrom <= current.effectiveFrom) {
    throw new EffectiveDateOutOfOrder(
      `version ${version} must enter into force after ${current.effectiveFrom}, when version ${current.version} did`,
      'effectiveFrom',
    );
  }
  const notReady = duePartyIds(state, version, effectiveFrom).filter(
    (partyId) => !hasApproved(state, partyId, version) || !hasSigned(state, partyId, version),
  );
  if (notReady.length > 0) {
    throw new PartiesNotReady(
      `version ${version} cannot enter into force on ${effectiveFrom}: not yet approved and signed by ${notReady.join(', ')}`,
      notReady,
    );
  }
  return [{ type: 'VersionEnteredIntoForce', schemaVersion: 1, data }];
}

function joinParty(command: JoinParty, state: AgreementState): AgreementEvent[] {
  const latest = openAgreement(command, state);
  if (!command.partyType) throw new UnregisteredParty(`${command.partyId} is not a registered party`, 'partyId');
  const { programme, ...join } = payloadOf(command);
  const data = parseOrThrow(partyJoinedData, join, invalidCommand);
  const { partyId, joinsOn } = data;
  assertNoneDeclined(state.programmeId, programme, [partyId], () => 'partyId');
  const membership = currentMembership(state, partyId);
  if (membership && membership.withdrawnOn === undefined) {
    throw new AlreadyAParty(`${partyId} is already a party of ${state.agreementId}`);
  }
  if (membership?.withdrawnOn !== undefined && joinsOn <= membership.withdrawnOn) {
    throw new AlreadyAParty(`${partyId} remains a party through ${membership.withdrawnOn}; it can rejoin after that`);
  }
  const { startsOn, endsOn } = latest.terms.term;
  if (joinsOn < startsOn || (endsOn !== null && joinsOn > endsOn)) {
    throw new DateOutsideTerm(`${joinsOn} is outside the term ${startsOn}–${endsOn ?? ''}`, 'joinsOn');
  }
  return [{ type: 'PartyJoined', schemaVersion: 1, data }];
}

function withdrawParty(command: WithdrawParty, state: AgreementState): AgreementEvent[] {
  openAgreement(command, state);
  const data = parseOrThrow(partyWithdrewData, payloadOf(command), invalidCommand);
  const { partyId, effectiveOn } = data;
  const membership = currentMembership(state, partyId);
  if (!membership) throw new NotAPartyOfAgreement(`${partyId} is not a party of ${state.agreementId}`, 'partyId');
  if (membership.withdrawnOn !== undefined) {
    throw new AlreadyWithdrawn(`${partyId} has already withdrawn, effective ${membership.withdrawnOn}`);
  }
  // Withdrawing the day before joining is how a party backs out before its obligations start.
  if (effectiveOn < addDays(membership.joinsOn, -1)) {
    throw new WithdrawalBeforeJoining(
      `${partyId} joins on ${membership.joinsOn}; it cannot withdraw effective ${effectiveOn}`,
      'effectiveOn',
    );
  }
  return [{ type: 'PartyWithdrew', schemaVersion: 1, data }];
}

function recordReview(command: RecordReview, state: AgreementState): AgreementEvent[] {
  // Reviews are the one thing recorded after termination: the last year still gets its review.
  if (!state.exists) throw new AgreementNotFound(`agreement ${command.agreementId} does not exist`);
  const data = parseOrThrow(annualReviewRecordedData, payloadOf(command), invalidReview);
  assertHappened('heldOn', data.heldOn, command.today);
  if (state.inForce.length === 0) {
    throw new AgreementNotInForce(`agreement ${state.agreementId} has never been in force; there is nothing to review`);
  }
  if (data.nextReviewDue !== undefined && data.nextReviewDue <= data.heldOn) {
    throw new InvalidReview(`the next review (${data.nextReviewDue}) must be after this one (${data.heldOn})`, 'nextReviewDue');
  }
  const yearStart = firstDayOfYear(data.year);
  const yearEnd = lastDayOfYear(data.year);
  const rows = obligationRows(state);
  data.findings.forEach(({ obligationId, partyId }, i) => {
    const applied = rows.some(
      (row) =>
        row.obligationId === obligationId &&
        row.partyId === partyId &&
        row.validFrom <= yearEnd &&
        (row.validTo === null || row.validTo >= yearStart),
    );
    if (!applied) {
      throw new InvalidReview(`${partyId} had no obligation ${obligationId} in ${data.year}`, `findings[${i}]`);
    }
  });
  return [{ type: 'AnnualReviewRecorded', schemaVersion: 1, data }];
}

function terminateAgreement(command: TerminateAgreement, state: AgreementState): AgreementEvent[] {
  if (!state.exists) throw new AgreementNotFound(`agreement ${command.agreementId} does not exist`);
  if (state.termination) {
    throw new AlreadyTerminated(`agreement ${state.agreementId} was already terminated effective ${state.termination.effectiveOn}`);
  }
  const data = parseOrThrow(agreementTerminatedData, payloadOf(command), invalidCommand);
  return [{ type: 'AgreementTerminated', schemaVersion: 1, data }];
}

/** An agreement that exists and still takes commands; returns its latest version. */
function openAgreement(command: AgreementCommand, state: AgreementState): AgreementVersion {
  const latest = latestVersion(state);
  if (!state.exists || !latest) throw new AgreementNotFound(`agreement ${command.agreementId} does not exist`);
  if (state.termination) {
    throw new AgreementTerminatedError(
      `agreement ${state.agreementId} was terminated effective ${state.termination.effectiveOn}; only annual reviews can be recorded`,
    );
  }
  return latest;
}

/** Meetings, signatures and reviews are facts of the past; effective dates may lie ahead. */
function assertHappened(field: string, date: CalendarDate, today: CalendarDate): void {
  if (date > today) throw new DateInTheFuture(field, date, today);
}

function versionOrThrow(state: AgreementState, version: number): AgreementVersion {
  const found = findVersion(state, version);
  if (!found) throw new VersionNotFound(`agreement ${state.agreementId} has no version ${version}`, 'version');
  return found;
}

function assertPartyOfVersion(state: AgreementState, partyId: string, version: number): void {
  versionOrThrow(state, version);
  if (!partiesOf(state, version).some((party) => party.partyId === partyId)) {
    throw new NotAPartyOfAgreement(`${partyId} is not a party of version ${version} of ${state.agreementId}`, 'partyId');
  }
}
