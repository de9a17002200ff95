/**
 * Why the domain refuses: what was asked about does not exist, it conflicts with what is recorded, the input breaks
 * a rule on its own, or the caller does not act for the party it is for. Each edge (HTTP, the CLI) says it in its
 * own terms.
 */
export type Refusal = 'not-found' | 'conflict' | 'invalid' | 'forbidden';

/**
 * A broken business rule. `refusal` is its kind, `code` a stable machine-readable name, `field` the offending input
 * (as the API names it), `detail` a human sentence.
 */
export abstract class DomainError extends Error {
  abstract readonly refusal: Refusal;
  abstract readonly code: string;

  constructor(
    readonly detail: string,
    readonly field?: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class PartyNotFound extends DomainError {
  readonly refusal = 'not-found';
  readonly code = 'party-not-found';
}

export class AgreementNotFound extends DomainError {
  readonly refusal = 'not-found';
  readonly code = 'agreement-not-found';
}

export class PartyAlreadyRegistered extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'party-already-registered';
}

export class AgreementAlreadyExists extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'agreement-already-exists';
}

export class InvalidBusinessId extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-business-id';
}

export class InvalidMunicipalityCode extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-municipality-code';
}

export class InvalidMembers extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-members';
}

export class InvalidCalendarDate extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-calendar-date';
}

/** A malformed command field that no more specific rule covers. */
export class InvalidCommand extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-command';
}

export class InvalidTerms extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-terms';
}

export class UnregisteredParty extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'unregistered-party';
}

export class NotAPartyOfAgreement extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'not-a-party-of-agreement';
}

export class VersionNotFound extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'version-not-found';
}

export class InvalidDecision extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-decision';
}

export class PartyHasNotApproved extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'party-has-not-approved';
}

export class AlreadySigned extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-signed';
}

export class SignedBeforeApproval extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'signed-before-approval';
}

export class PartiesNotReady extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'parties-not-ready';

  constructor(
    detail: string,
    readonly parties: string[],
  ) {
    super(detail);
  }
}

export class VersionAlreadyInForce extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'version-already-in-force';
}

export class EffectiveDateOutOfOrder extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'effective-date-out-of-order';
}

export class DateOutsideTerm extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'date-outside-term';
}

export class AlreadyAParty extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-a-party';
}

export class AlreadyWithdrawn extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-withdrawn';
}

export class WithdrawalBeforeJoining extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'withdrawal-before-joining';
}

export class AgreementTerminatedError extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'agreement-terminated';
}

export class AlreadyTerminated extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-terminated';
}

export class AgreementNotInForce extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'agreement-not-in-force';
}

export class InvalidReview extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-review';
}

export class InvalidMoney extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-money';
}

export class NoPopulationToSplitBy extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'no-population-to-split-by';
}

export class InvalidSnapshot extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-snapshot';
}

export class SnapshotAlreadyGenerated extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'snapshot-already-generated';
}

export class SnapshotNotFound extends DomainError {
  readonly refusal = 'not-found';
  readonly code = 'snapshot-not-found';
}

/** A recorded fact dated after the registry's today: it has not happened yet. */
export class DateInTheFuture extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'date-in-the-future';

  constructor(
    field: string,
    date: string,
    readonly today: string,
  ) {
    super(`${field} ${date} is later than today, ${today} in Finland: a fact is recorded once it has happened`, field);
  }
}

/** A correction that names no correctable event, or whose replacement breaks a rule of its own. */
export class InvalidCorrection extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-correction';
}

export class FactAlreadyRetracted extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'fact-already-retracted';
}

export class RetractionRefused extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'retraction-refused';
}

/** A correction that would leave recorded facts resting on something no longer true; `dependents` names each. */
export class CorrectionBreaksDependent extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'correction-breaks-dependent';

  constructor(
    detail: string,
    readonly dependents: string[],
  ) {
    super(detail, 'eventId');
  }
}

/** A stored or submitted event whose type, schema version or data does not match its schema. */
export class InvalidEvent extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'invalid-event';
}

export class ProgrammeNotFound extends DomainError {
  readonly refusal = 'not-found';
  readonly code = 'programme-not-found';
}

export class ProgrammeAlreadyRegistered extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'programme-already-registered';
}

export class UnregisteredProgramme extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'unregistered-programme';
}

export class AlreadyDeclined extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-declined';
}

/** A party that declined a programme is never bound by one of its agreements. */
export class PartyDeclinedProgramme extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'party-declined-programme';
}

/** A party an agreement of the programme already binds must withdraw before its decline can be recorded. */
export class PartyBoundByProgramme extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'party-bound-by-programme';
}

/** An agreement of the programme is being recorded binding the party: the decline may be tried again shortly. */
export class BindingBeingRecorded extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'binding-being-recorded';
}

export class ObligationNotOwed extends DomainError {
  readonly refusal = 'invalid';
  readonly code = 'obligation-not-owed';
}

export class AlreadyFulfilled extends DomainError {
  readonly refusal = 'conflict';
  readonly code = 'already-fulfilled';
}
