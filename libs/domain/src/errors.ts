/**
 * A broken business rule. `status` is the HTTP status the API answers with, `code` a stable
 * machine-readable name, `field` the offending input (as the API names it), `detail` a human sentence.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 404 | 409 | 422;
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
  readonly status = 404;
  readonly code = 'party-not-found';
}

export class AgreementNotFound extends DomainError {
  readonly status = 404;
  readonly code = 'agreement-not-found';
}

export class PartyAlreadyRegistered extends DomainError {
  readonly status = 409;
  readonly code = 'party-already-registered';
}

export class AgreementAlreadyExists extends DomainError {
  readonly status = 409;
  readonly code = 'agreement-already-exists';
}

export class InvalidBusinessId extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-business-id';
}

export class InvalidMunicipalityCode extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-municipality-code';
}

export class InvalidMembers extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-members';
}

export class InvalidCalendarDate extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-calendar-date';
}

/** A malformed command field that no more specific rule covers. */
export class InvalidCommand extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-command';
}

export class InvalidTerms extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-terms';
}

export class UnregisteredParty extends DomainError {
  readonly status = 422;
  readonly code = 'unregistered-party';
}

export class NotAPartyOfAgreement extends DomainError {
  readonly status = 422;
  readonly code = 'not-a-party-of-agreement';
}

export class VersionNotFound extends DomainError {
  readonly status = 422;
  readonly code = 'version-not-found';
}

export class InvalidDecision extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-decision';
}

export class PartyHasNotApproved extends DomainError {
  readonly status = 409;
  readonly code = 'party-has-not-approved';
}

export class AlreadySigned extends DomainError {
  readonly status = 409;
  readonly code = 'already-signed';
}

export class SignedBeforeApproval extends DomainError {
  readonly status = 422;
  readonly code = 'signed-before-approval';
}

export class PartiesNotReady extends DomainError {
  readonly status = 409;
  readonly code = 'parties-not-ready';

  constructor(
    detail: string,
    readonly parties: string[],
  ) {
    super(detail);
  }
}

export class VersionAlreadyInForce extends DomainError {
  readonly status = 409;
  readonly code = 'version-already-in-force';
}

export class EffectiveDateOutOfOrder extends DomainError {
  readonly status = 422;
  readonly code = 'effective-date-out-of-order';
}

export class DateOutsideTerm extends DomainError {
  readonly status = 422;
  readonly code = 'date-outside-term';
}

export class AlreadyAParty extends DomainError {
  readonly status = 409;
  readonly code = 'already-a-party';
}

export class AlreadyWithdrawn extends DomainError {
  readonly status = 409;
  readonly code = 'already-withdrawn';
}

export class WithdrawalBeforeJoining extends DomainError {
  readonly status = 422;
  readonly code = 'withdrawal-before-joining';
}

export class AgreementTerminatedError extends DomainError {
  readonly status = 409;
  readonly code = 'agreement-terminated';
}

export class AlreadyTerminated extends DomainError {
  readonly status = 409;
  readonly code = 'already-terminated';
}

export class AgreementNotInForce extends DomainError {
  readonly status = 409;
  readonly code = 'agreement-not-in-force';
}

export class InvalidReview extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-review';
}

export class InvalidMoney extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-money';
}

export class NoPopulationToSplitBy extends DomainError {
  readonly status = 422;
  readonly code = 'no-population-to-split-by';
}

export class InvalidSnapshot extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-snapshot';
}

export class SnapshotAlreadyGenerated extends DomainError {
  readonly status = 409;
  readonly code = 'snapshot-already-generated';
}

export class SnapshotNotFound extends DomainError {
  readonly status = 404;
  readonly code = 'snapshot-not-found';
}

/** A stored or submitted event whose type, schema version or data does not match its schema. */
export class InvalidEvent extends DomainError {
  readonly status = 422;
  readonly code = 'invalid-event';
}
