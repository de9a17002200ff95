/**
 * A broken business rule. `status` is the HTTP status the API answers with, `code` a stable
 * machine-readable name, `field` the offending input (as the API names it), `detail` a human sentence.
 */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get AgreementAlreadyExists () {
        return AgreementAlreadyExists;
    },
    get AgreementNotFound () {
        return AgreementNotFound;
    },
    get AgreementNotInForce () {
        return AgreementNotInForce;
    },
    get AgreementTerminatedError () {
        return AgreementTerminatedError;
    },
    get AlreadyAParty () {
        return AlreadyAParty;
    },
    get AlreadySigned () {
        return AlreadySigned;
    },
    get AlreadyTerminated () {
        return AlreadyTerminated;
    },
    get AlreadyWithdrawn () {
        return AlreadyWithdrawn;
    },
    get DateOutsideTerm () {
        return DateOutsideTerm;
    },
    get DomainError () {
        return DomainError;
    },
    get EffectiveDateOutOfOrder () {
        return EffectiveDateOutOfOrder;
    },
    get InvalidBusinessId () {
        return InvalidBusinessId;
    },
    get InvalidCalendarDate () {
        return InvalidCalendarDate;
    },
    get InvalidCommand () {
        return InvalidCommand;
    },
    get InvalidDecision () {
        return InvalidDecision;
    },
    get InvalidEvent () {
        return InvalidEvent;
    },
    get InvalidMembers () {
        return InvalidMembers;
    },
    get InvalidMoney () {
        return InvalidMoney;
    },
    get InvalidMunicipalityCode () {
        return InvalidMunicipalityCode;
    },
    get InvalidReview () {
        return InvalidReview;
    },
    get InvalidSnapshot () {
        return InvalidSnapshot;
    },
    get InvalidTerms () {
        return InvalidTerms;
    },
    get NoPopulationToSplitBy () {
        return NoPopulationToSplitBy;
    },
    get NotAPartyOfAgreement () {
        return NotAPartyOfAgreement;
    },
    get PartiesNotReady () {
        return PartiesNotReady;
    },
    get PartyAlreadyRegistered () {
        return PartyAlreadyRegistered;
    },
    get PartyHasNotApproved () {
        return PartyHasNotApproved;
    },
    get PartyNotFound () {
        return PartyNotFound;
    },
    get SignedBeforeApproval () {
        return SignedBeforeApproval;
    },
    get SnapshotAlreadyGenerated () {
        return SnapshotAlreadyGenerated;
    },
    get SnapshotNotFound () {
        return SnapshotNotFound;
    },
    get UnregisteredParty () {
        return UnregisteredParty;
    },
    get VersionAlreadyInForce () {
        return VersionAlreadyInForce;
    },
    get VersionNotFound () {
        return VersionNotFound;
    },
    get WithdrawalBeforeJoining () {
        return WithdrawalBeforeJoining;
    }
});
let DomainError = class DomainError extends Error {
    constructor(detail, field){
        super(detail), this.detail = detail, this.field = field;
        this.name = new.target.name;
    }
};
let PartyNotFound = class PartyNotFound extends DomainError {
    constructor(...args){
        super(...args), this.status = 404, this.code = 'party-not-found';
    }
};
let AgreementNotFound = class AgreementNotFound extends DomainError {
    constructor(...args){
        super(...args), this.status = 404, this.code = 'agreement-not-found';
    }
};
let PartyAlreadyRegistered = class PartyAlreadyRegistered extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'party-already-registered';
    }
};
let AgreementAlreadyExists = class AgreementAlreadyExists extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'agreement-already-exists';
    }
};
let InvalidBusinessId = class InvalidBusinessId extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-business-id';
    }
};
let InvalidMunicipalityCode = class InvalidMunicipalityCode extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-municipality-code';
    }
};
let InvalidMembers = class InvalidMembers extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-members';
    }
};
let InvalidCalendarDate = class InvalidCalendarDate extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-calendar-date';
    }
};
let InvalidCommand = class InvalidCommand extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-command';
    }
};
let InvalidTerms = class InvalidTerms extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-terms';
    }
};
let UnregisteredParty = class UnregisteredParty extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'unregistered-party';
    }
};
let NotAPartyOfAgreement = class NotAPartyOfAgreement extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'not-a-party-of-agreement';
    }
};
let VersionNotFound = class VersionNotFound extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'version-not-found';
    }
};
let InvalidDecision = class InvalidDecision extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-decision';
    }
};
let PartyHasNotApproved = class PartyHasNotApproved extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'party-has-not-approved';
    }
};
let AlreadySigned = class AlreadySigned extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'already-signed';
    }
};
let SignedBeforeApproval = class SignedBeforeApproval extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'signed-before-approval';
    }
};
let PartiesNotReady = class PartiesNotReady extends DomainError {
    constructor(detail, parties){
        super(detail), this.parties = parties, this.status = 409, this.code = 'parties-not-ready';
    }
};
let VersionAlreadyInForce = class VersionAlreadyInForce extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'version-already-in-force';
    }
};
let EffectiveDateOutOfOrder = class EffectiveDateOutOfOrder extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'effective-date-out-of-order';
    }
};
let DateOutsideTerm = class DateOutsideTerm extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'date-outside-term';
    }
};
let AlreadyAParty = class AlreadyAParty extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'already-a-party';
    }
};
let AlreadyWithdrawn = class AlreadyWithdrawn extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'already-withdrawn';
    }
};
let WithdrawalBeforeJoining = class WithdrawalBeforeJoining extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'withdrawal-before-joining';
    }
};
let AgreementTerminatedError = class AgreementTerminatedError extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'agreement-terminated';
    }
};
let AlreadyTerminated = class AlreadyTerminated extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'already-terminated';
    }
};
let AgreementNotInForce = class AgreementNotInForce extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'agreement-not-in-force';
    }
};
let InvalidReview = class InvalidReview extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-review';
    }
};
let InvalidMoney = class InvalidMoney extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-money';
    }
};
let NoPopulationToSplitBy = class NoPopulationToSplitBy extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'no-population-to-split-by';
    }
};
let InvalidSnapshot = class InvalidSnapshot extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-snapshot';
    }
};
let SnapshotAlreadyGenerated = class SnapshotAlreadyGenerated extends DomainError {
    constructor(...args){
        super(...args), this.status = 409, this.code = 'snapshot-already-generated';
    }
};
let SnapshotNotFound = class SnapshotNotFound extends DomainError {
    constructor(...args){
        super(...args), this.status = 404, this.code = 'snapshot-not-found';
    }
};
let InvalidEvent = class InvalidEvent extends DomainError {
    constructor(...args){
        super(...args), this.status = 422, this.code = 'invalid-event';
    }
};

//# sourceMappingURL=errors.js.map