"use strict";
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
    get decideAgreement () {
        return decideAgreement;
    },
    get evolveAgreement () {
        return evolveAgreement;
    }
});
const _dates = require("../calendar/dates");
const _errors = require("../errors");
const _expand = require("../obligations/expand");
const _validation = require("../validation");
const _agreementevents = require("./agreement.events");
const _agreementstate = require("./agreement.state");
const _terms = require("./terms");
function decideAgreement(command, state) {
    switch(command.type){
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
        case 'TerminateAgreement':
            return terminateAgreement(command, state);
    }
}
function evolveAgreement(state, event) {
    switch(event.type){
        case 'AgreementDrafted':
            {
                const { agreementId, kind, predecessorId, version, terms } = event.data;
                const versions = [
                    {
                        version,
                        terms,
                        decisions: [],
                        signatures: []
                    }
                ];
                return {
                    ...state,
                    exists: true,
                    agreementId,
                    kind,
                    predecessorId,
                    versions
                };
            }
        case 'DraftRevised':
            {
                const { version, terms } = event.data;
                return {
                    ...state,
                    versions: [
                        ...state.versions,
                        {
                            version,
                            terms,
                            decisions: [],
                            signatures: []
                        }
                    ]
                };
            }
        case 'BoardDecisionRecorded':
            return updateVersion(state, event.data.version, (version)=>({
                    ...version,
                    decisions: [
                        ...version.decisions,
                        event.data
                    ]
                }));
        case 'SignatureRecorded':
            return updateVersion(state, event.data.version, (version)=>({
                    ...version,
                    signatures: [
                        ...version.signatures,
                        event.data
                    ]
                }));
        case 'VersionEnteredIntoForce':
            return {
                ...state,
                inForce: [
                    ...state.inForce,
                    event.data
                ]
            };
        case 'PartyJoined':
            {
                // Versions are numbered 1..n, so the count is the latest version.
                const atVersion = state.inForce.at(-1)?.version ?? state.versions.length;
                return {
                    ...state,
                    joined: [
                        ...state.joined,
                        {
                            ...event.data,
                            atVersion
                        }
                    ]
                };
            }
        case 'PartyWithdrew':
            return {
                ...state,
                withdrawals: [
                    ...state.withdrawals,
                    event.data
                ]
            };
        case 'AnnualReviewRecorded':
            return {
                ...state,
                reviews: [
                    ...state.reviews,
                    event.data
                ]
            };
        case 'AgreementTerminated':
            return {
                ...state,
                termination: event.data
            };
    }
}
function updateVersion(state, version, update) {
    return {
        ...state,
        versions: state.versions.map((candidate)=>candidate.version === version ? update(candidate) : candidate)
    };
}
const invalidCommand = (detail, field)=>new _errors.InvalidCommand(detail, field);
const invalidTerms = (detail, field)=>new _errors.InvalidTerms(detail, field);
const invalidDecision = (detail, field)=>new _errors.InvalidDecision(detail, field);
const invalidReview = (detail, field)=>new _errors.InvalidReview(detail, field);
/** The fields a command carries for its event, without the command's own envelope. */ function payloadOf(command) {
    const { type: _type, today: _today, agreementId: _agreementId, ...payload } = command;
    return payload;
}
function draftAgreement(command, state) {
    if (state.exists) throw new _errors.AgreementAlreadyExists(`agreement ${command.agreementId} already exists`);
    const terms = validTerms(command.terms, command.partyTypes);
    const { agreementId, kind, predecessorId } = command;
    const data = (0, _validation.parseOrThrow)(_agreementevents.agreementDraftedData, {
        agreementId,
        kind,
        version: 1,
        terms,
        predecessorId
    }, invalidCommand);
    if (data.predecessorId === data.agreementId) {
        throw new _errors.InvalidCommand(`agreement ${agreementId} cannot succeed itself`, 'predecessorId');
    }
    return [
        {
            type: 'AgreementDrafted',
            schemaVersion: 1,
            data
        }
    ];
}
function reviseDraft(command, state) {
    const latest = openAgreement(command, state);
    const terms = validTerms(command.terms, command.partyTypes);
    const data = (0, _validation.parseOrThrow)(_agreementevents.draftRevisedData, {
        agreementId: state.agreementId,
        version: latest.version + 1,
        terms
    }, invalidCommand);
    return [
        {
            type: 'DraftRevised',
            schemaVersion: 1,
            data
        }
    ];
}
function recordDecision(command, state) {
    openAgreement(command, state);
    const data = (0, _validation.parseOrThrow)(_agreementevents.boardDecisionRecordedData, payloadOf(command), invalidDecision);
    assertPartyOfVersion(state, data.partyId, data.version);
    if (data.unanimous && data.vote && data.vote.against > 0) {
        throw new _errors.InvalidDecision(`a unanimous decision cannot have ${data.vote.against} votes against`, 'vote');
    }
    return [
        {
            type: 'BoardDecisionRecorded',
            schemaVersion: 1,
            data
        }
    ];
}
function recordSignature(command, state) {
    openAgreement(command, state);
    const data = (0, _validation.parseOrThrow)(_agreementevents.signatureRecordedData, payloadOf(command), invalidCommand);
    const { partyId, version, signedOn } = data;
    assertPartyOfVersion(state, partyId, version);
    const approval = (0, _agreementstate.approvingDecision)(state, partyId, version);
    if (!approval) throw new _errors.PartyHasNotApproved(`${partyId} has not approved version ${version}`);
    if ((0, _agreementstate.signatureOf)(state, partyId, version)) throw new _errors.AlreadySigned(`${partyId} has already signed version ${version}`);
    if (signedOn < approval.meetingDate) {
        throw new _errors.SignedBeforeApproval(`${partyId} signed on ${signedOn}, before approving on ${approval.meetingDate} (${approval.body} ${approval.section})`, 'signedOn');
    }
    return [
        {
            type: 'SignatureRecorded',
            schemaVersion: 1,
            data
        }
    ];
}
function enterIntoForce(command, state) {
    openAgreement(command, state);
    const data = (0, _validation.parseOrThrow)(_agreementevents.versionEnteredIntoForceData, payloadOf(command), invalidCommand);
    const { version, effectiveFrom } = data;
    const { terms } = versionOrThrow(state, version);
    if (state.inForce.some((entry)=>entry.version === version)) {
        throw new _errors.VersionAlreadyInForce(`version ${version} is already in force`);
    }
    const { startsOn, endsOn } = terms.term;
    if (effectiveFrom < startsOn || endsOn !== null && effectiveFrom > endsOn) {
        throw new _errors.DateOutsideTerm(`${effectiveFrom} is outside the term ${startsOn}–${endsOn ?? ''}`, 'effectiveFrom');
    }
    const current = state.inForce.at(-1);
    if (current && effectiveFrom <= current.effectiveFrom) {
        throw new _errors.EffectiveDateOutOfOrder(`version ${version} must enter into force after ${current.effectiveFrom}, when version ${current.version} did`, 'effectiveFrom');
    }
    const notReady = (0, _agreementstate.duePartyIds)(state, version, effectiveFrom).filter((partyId)=>!(0, _agreementstate.hasApproved)(state, partyId, version) || !(0, _agreementstate.hasSigned)(state, partyId, version));
    if (notReady.length > 0) {
        throw new _errors.PartiesNotReady(`version ${version} cannot enter into force on ${effectiveFrom}: not yet approved and signed by ${notReady.join(', ')}`, notReady);
    }
    return [
        {
            type: 'VersionEnteredIntoForce',
            schemaVersion: 1,
            data
        }
    ];
}
function joinParty(command, state) {
    const latest = openAgreement(command, state);
    if (!command.partyType) throw new _errors.UnregisteredParty(`${command.partyId} is not a registered party`, 'partyId');
    const data = (0, _validation.parseOrThrow)(_agreementevents.partyJoinedData, payloadOf(command), invalidCommand);
    const { partyId, joinsOn } = data;
    const membership = (0, _agreementstate.currentMembership)(state, partyId);
    if (membership && membership.withdrawnOn === undefined) {
        throw new _errors.AlreadyAParty(`${partyId} is already a party of ${state.agreementId}`);
    }
    if (membership?.withdrawnOn !== undefined && joinsOn <= membership.withdrawnOn) {
        throw new _errors.AlreadyAParty(`${partyId} remains a party through ${membership.withdrawnOn}; it can rejoin after that`);
    }
    const { startsOn, endsOn } = latest.terms.term;
    if (joinsOn < startsOn || endsOn !== null && joinsOn > endsOn) {
        throw new _errors.DateOutsideTerm(`${joinsOn} is outside the term ${startsOn}–${endsOn ?? ''}`, 'joinsOn');
    }
    return [
        {
            type: 'PartyJoined',
            schemaVersion: 1,
            data
        }
    ];
}
function withdrawParty(command, state) {
    openAgreement(command, state);
    const data = (0, _validation.parseOrThrow)(_agreementevents.partyWithdrewData, payloadOf(command), invalidCommand);
    const { partyId, effectiveOn } = data;
    const membership = (0, _agreementstate.currentMembership)(state, partyId);
    if (!membership) throw new _errors.NotAPartyOfAgreement(`${partyId} is not a party of ${state.agreementId}`, 'partyId');
    if (membership.withdrawnOn !== undefined) {
        throw new _errors.AlreadyWithdrawn(`${partyId} has already withdrawn, effective ${membership.withdrawnOn}`);
    }
    // Withdrawing the day before joining is how a party backs out before its obligations start.
    if (effectiveOn < (0, _dates.addDays)(membership.joinsOn, -1)) {
        throw new _errors.WithdrawalBeforeJoining(`${partyId} joins on ${membership.joinsOn}; it cannot withdraw effective ${effectiveOn}`, 'effectiveOn');
    }
    return [
        {
            type: 'PartyWithdrew',
            schemaVersion: 1,
            data
        }
    ];
}
function recordReview(command, state) {
    // Reviews are the one thing recorded after termination: the last year still gets its review.
    if (!state.exists) throw new _errors.AgreementNotFound(`agreement ${command.agreementId} does not exist`);
    const data = (0, _validation.parseOrThrow)(_agreementevents.annualReviewRecordedData, payloadOf(command), invalidReview);
    if (state.inForce.length === 0) {
        throw new _errors.AgreementNotInForce(`agreement ${state.agreementId} has never been in force; there is nothing to review`);
    }
    if (data.nextReviewDue !== undefined && data.nextReviewDue <= data.heldOn) {
        throw new _errors.InvalidReview(`the next review (${data.nextReviewDue}) must be after this one (${data.heldOn})`, 'nextReviewDue');
    }
    const yearStart = (0, _dates.firstDayOfYear)(data.year);
    const yearEnd = (0, _dates.lastDayOfYear)(data.year);
    const rows = (0, _expand.obligationRows)(state);
    data.findings.forEach(({ obligationId, partyId }, i)=>{
        const applied = rows.some((row)=>row.obligationId === obligationId && row.partyId === partyId && row.validFrom <= yearEnd && (row.validTo === null || row.validTo >= yearStart));
        if (!applied) {
            throw new _errors.InvalidReview(`${partyId} had no obligation ${obligationId} in ${data.year}`, `findings[${i}]`);
        }
    });
    return [
        {
            type: 'AnnualReviewRecorded',
            schemaVersion: 1,
            data
        }
    ];
}
function terminateAgreement(command, state) {
    if (!state.exists) throw new _errors.AgreementNotFound(`agreement ${command.agreementId} does not exist`);
    if (state.termination) {
        throw new _errors.AlreadyTerminated(`agreement ${state.agreementId} was already terminated effective ${state.termination.effectiveOn}`);
    }
    const data = (0, _validation.parseOrThrow)(_agreementevents.agreementTerminatedData, payloadOf(command), invalidCommand);
    return [
        {
            type: 'AgreementTerminated',
            schemaVersion: 1,
            data
        }
    ];
}
/** An agreement that exists and still takes commands; returns its latest version. */ function openAgreement(command, state) {
    const latest = (0, _agreementstate.latestVersion)(state);
    if (!state.exists || !latest) throw new _errors.AgreementNotFound(`agreement ${command.agreementId} does not exist`);
    if (state.termination) {
        throw new _errors.AgreementTerminatedError(`agreement ${state.agreementId} was terminated effective ${state.termination.effectiveOn}; only annual reviews can be recorded`);
    }
    return latest;
}
function versionOrThrow(state, version) {
    const found = (0, _agreementstate.findVersion)(state, version);
    if (!found) throw new _errors.VersionNotFound(`agreement ${state.agreementId} has no version ${version}`, 'version');
    return found;
}
function assertPartyOfVersion(state, partyId, version) {
    versionOrThrow(state, version);
    if (!(0, _agreementstate.partiesOf)(state, version).some((party)=>party.partyId === partyId)) {
        throw new _errors.NotAPartyOfAgreement(`${partyId} is not a party of version ${version} of ${state.agreementId}`, 'partyId');
    }
}
/** Terms as submitted, checked against each other and against the registered parties, with party types filled in. */ function validTerms(input, partyTypes) {
    const parsed = (0, _validation.parseOrThrow)(_terms.termsInput, input, invalidTerms);
    const { startsOn, endsOn } = parsed.term;
    if (endsOn !== null && endsOn < startsOn) {
        throw new _errors.InvalidTerms(`the term ends (${endsOn}) before it starts (${startsOn})`, 'term.endsOn');
    }
    if (parsed.parties.length < 2) throw new _errors.InvalidTerms('an agreement needs at least two parties', 'parties');
    const parties = parsed.parties.map(({ partyId, role, joinsOn }, i)=>{
        if (parsed.parties.findIndex((other)=>other.partyId === partyId) !== i) {
            throw new _errors.InvalidTerms(`${partyId} is listed twice`, `parties[${i}].partyId`);
        }
        if (!Object.hasOwn(partyTypes, partyId)) {
            throw new _errors.UnregisteredParty(`${partyId} is not a registered party`, `parties[${i}].partyId`);
        }
        if (joinsOn !== undefined && (joinsOn < startsOn || endsOn !== null && joinsOn > endsOn)) {
            throw new _errors.InvalidTerms(`${partyId} joins on ${joinsOn}, outside the term`, `parties[${i}].joinsOn`);
        }
        return {
            partyId,
            role,
            ...joinsOn !== undefined && {
                joinsOn
            },
            partyType: partyTypes[partyId]
        };
    });
    parsed.obligations.forEach((obligation, i)=>{
        const field = `obligations[${i}]`;
        if (parsed.obligations.findIndex((other)=>other.id === obligation.id) !== i) {
            throw new _errors.InvalidTerms(`obligation id ${obligation.id} is used twice`, `${field}.id`);
        }
        assertSelectsSomeParty(obligation.obligor, parties, `${field}.obligor`);
        if (obligation.beneficiary) assertSelectsSomeParty(obligation.beneficiary, parties, `${field}.beneficiary`);
        if (obligation.validFrom && obligation.validTo && obligation.validTo < obligation.validFrom) {
            throw new _errors.InvalidTerms(`obligation ${obligation.id} ends before it starts`, `${field}.validTo`);
        }
        if (obligation.costShare && obligation.type !== 'pay-cost-share') {
            throw new _errors.InvalidTerms(`only a pay-cost-share obligation has a cost share, not ${obligation.type}`, `${field}.costShare`);
        }
    });
    return {
        ...parsed,
        parties
    };
}
function assertSelectsSomeParty(selector, parties, field) {
    if (selector === 'all') return;
    if ('partyId' in selector && !parties.some((party)=>party.partyId === selector.partyId)) {
        throw new _errors.InvalidTerms(`${selector.partyId} is not a party of these terms`, field);
    }
    if ('role' in selector && !parties.some((party)=>party.role === selector.role)) {
        throw new _errors.InvalidTerms(`no party has the role ${selector.role}`, field);
    }
    if ('partyType' in selector && !parties.some((party)=>party.partyType === selector.partyType)) {
        throw new _errors.InvalidTerms(`no party is a ${selector.partyType}`, field);
    }
}

//# sourceMappingURL=agreement.decider.js.map