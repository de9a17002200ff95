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
    get AGREEMENT_ID () {
        return AGREEMENT_ID;
    },
    get ENDS_ON () {
        return ENDS_ON;
    },
    get FOUNDING_PARTIES () {
        return FOUNDING_PARTIES;
    },
    get MEETING_DATE () {
        return MEETING_DATE;
    },
    get PARTY_TYPES () {
        return PARTY_TYPES;
    },
    get SIGNED_ON () {
        return SIGNED_ON;
    },
    get STARTS_ON () {
        return STARTS_ON;
    },
    get TODAY () {
        return TODAY;
    },
    get approvedAndSignedBy () {
        return approvedAndSignedBy;
    },
    get approvedBy () {
        return approvedBy;
    },
    get decidedBy () {
        return decidedBy;
    },
    get draftAgreement () {
        return draftAgreement;
    },
    get drafted () {
        return drafted;
    },
    get draftedWith () {
        return draftedWith;
    },
    get enterIntoForce () {
        return enterIntoForce;
    },
    get enteredIntoForce () {
        return enteredIntoForce;
    },
    get inForce () {
        return inForce;
    },
    get joinParty () {
        return joinParty;
    },
    get joined () {
        return joined;
    },
    get recordDecision () {
        return recordDecision;
    },
    get recordReview () {
        return recordReview;
    },
    get recordSignature () {
        return recordSignature;
    },
    get reviseDraft () {
        return reviseDraft;
    },
    get revised () {
        return revised;
    },
    get signedBy () {
        return signedBy;
    },
    get stateAfter () {
        return stateAfter;
    },
    get terminateAgreement () {
        return terminateAgreement;
    },
    get terminated () {
        return terminated;
    },
    get termsInput () {
        return termsInput;
    },
    get withPartyTypes () {
        return withPartyTypes;
    },
    get withdrawParty () {
        return withdrawParty;
    },
    get withdrew () {
        return withdrew;
    }
});
const _agreementdecider = require("../agreements/agreement.decider");
const _agreementstate = require("../agreements/agreement.state");
const AGREEMENT_ID = 'ks-family-law';
const TODAY = '2025-06-01';
const MEETING_DATE = '2020-11-02';
const SIGNED_ON = '2020-12-01';
const STARTS_ON = '2021-01-01';
const ENDS_ON = '2024-12-31';
const PARTY_TYPES = {
    jyvaskyla: 'municipality',
    laukaa: 'municipality',
    hankasalmi: 'municipality',
    muurame: 'municipality',
    'keski-suomi-county': 'wellbeing-services-county'
};
const FOUNDING_PARTIES = [
    'jyvaskyla',
    'laukaa',
    'hankasalmi'
];
function termsInput(overrides = {}) {
    return {
        title: {
            fi: 'Perheoikeudelliset palvelut'
        },
        diaryNumber: '123/00.04.01/2020',
        term: {
            startsOn: STARTS_ON,
            endsOn: ENDS_ON
        },
        parties: [
            {
                partyId: 'jyvaskyla',
                role: 'host'
            },
            {
                partyId: 'laukaa',
                role: 'participant'
            },
            {
                partyId: 'hankasalmi',
                role: 'participant'
            }
        ],
        obligations: [
            {
                id: 'service',
                type: 'produce-service',
                obligor: {
                    partyId: 'jyvaskyla'
                },
                beneficiary: {
                    role: 'participant'
                },
                description: {
                    fi: 'Tuottaa perheoikeudelliset palvelut'
                },
                clause: '3'
            },
            {
                id: 'costs',
                type: 'pay-cost-share',
                obligor: {
                    role: 'participant'
                },
                beneficiary: {
                    partyId: 'jyvaskyla'
                },
                description: {
                    fi: 'Maksaa asukaslukuun perustuvan osuuden'
                },
                costShare: {
                    basis: 'population'
                },
                recurrence: 'yearly'
            }
        ],
        ...overrides
    };
}
function withPartyTypes(input) {
    return {
        ...input,
        parties: input.parties.map((party)=>({
                ...party,
                partyType: PARTY_TYPES[party.partyId]
            }))
    };
}
function draftAgreement(overrides = {}) {
    return {
        type: 'DraftAgreement',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        kind: 'family-law',
        terms: termsInput(),
        partyTypes: PARTY_TYPES,
        ...overrides
    };
}
function reviseDraft(terms, overrides = {}) {
    return {
        type: 'ReviseDraft',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        terms,
        partyTypes: PARTY_TYPES,
        ...overrides
    };
}
function recordDecision(overrides) {
    return {
        type: 'RecordDecision',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        body: 'kunnanhallitus',
        meetingDate: MEETING_DATE,
        section: '§ 1',
        outcome: 'approved',
        version: 1,
        ...overrides
    };
}
function recordSignature(overrides) {
    return {
        type: 'RecordSignature',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        signatory: {
            name: 'Maija Meikäläinen',
            title: 'kunnanjohtaja'
        },
        authority: 'position',
        signedOn: SIGNED_ON,
        method: 'electronic',
        version: 1,
        ...overrides
    };
}
function enterIntoForce(overrides = {}) {
    return {
        type: 'EnterIntoForce',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        version: 1,
        effectiveFrom: STARTS_ON,
        ...overrides
    };
}
function joinParty(overrides) {
    return {
        type: 'JoinParty',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        role: 'participant',
        partyType: 'municipality',
        ...overrides
    };
}
function withdrawParty(overrides) {
    return {
        type: 'WithdrawParty',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        reason: 'Palvelut omana toimintana',
        ...overrides
    };
}
function recordReview(overrides = {}) {
    return {
        type: 'RecordReview',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        year: 2021,
        heldOn: '2021-11-15',
        meeting: 'Yhteistyöryhmä',
        actions: [],
        findings: [],
        ...overrides
    };
}
function terminateAgreement(overrides = {}) {
    return {
        type: 'TerminateAgreement',
        today: TODAY,
        agreementId: AGREEMENT_ID,
        effectiveOn: '2022-12-31',
        reason: 'Korvattu uudella sopimuksella',
        ...overrides
    };
}
const drafted = {
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: {
        agreementId: AGREEMENT_ID,
        kind: 'family-law',
        version: 1,
        terms: withPartyTypes(termsInput())
    }
};
function draftedWith(overrides) {
    return {
        ...drafted,
        data: {
            ...drafted.data,
            terms: withPartyTypes(termsInput(overrides))
        }
    };
}
function revised(version, terms) {
    return {
        type: 'DraftRevised',
        schemaVersion: 1,
        data: {
            agreementId: AGREEMENT_ID,
            version,
            terms: withPartyTypes(terms)
        }
    };
}
function decidedBy(partyId, outcome, version = 1, meetingDate = MEETING_DATE) {
    return {
        type: 'BoardDecisionRecorded',
        schemaVersion: 1,
        data: {
            partyId,
            body: 'kunnanhallitus',
            meetingDate,
            section: '§ 1',
            outcome,
            version
        }
    };
}
function approvedBy(partyId, version = 1, meetingDate = MEETING_DATE) {
    return decidedBy(partyId, 'approved', version, meetingDate);
}
function signedBy(partyId, version = 1, signedOn = SIGNED_ON) {
    return {
        type: 'SignatureRecorded',
        schemaVersion: 1,
        data: {
            partyId,
            signatory: {
                name: 'Maija Meikäläinen',
                title: 'kunnanjohtaja'
            },
            authority: 'position',
            signedOn,
            method: 'electronic',
            version
        }
    };
}
function approvedAndSignedBy(partyIds, version = 1) {
    return partyIds.flatMap((partyId)=>[
            approvedBy(partyId, version),
            signedBy(partyId, version)
        ]);
}
function enteredIntoForce(version = 1, effectiveFrom = STARTS_ON) {
    return {
        type: 'VersionEnteredIntoForce',
        schemaVersion: 1,
        data: {
            version,
            effectiveFrom
        }
    };
}
function joined(partyId, joinsOn, role = 'participant', partyType = 'municipality') {
    return {
        type: 'PartyJoined',
        schemaVersion: 1,
        data: {
            partyId,
            partyType,
            role,
            joinsOn
        }
    };
}
function withdrew(partyId, effectiveOn) {
    return {
        type: 'PartyWithdrew',
        schemaVersion: 1,
        data: {
            partyId,
            effectiveOn,
            reason: 'Palvelut omana toimintana'
        }
    };
}
function terminated(effectiveOn) {
    return {
        type: 'AgreementTerminated',
        schemaVersion: 1,
        data: {
            effectiveOn,
            reason: 'Korvattu uudella sopimuksella'
        }
    };
}
const inForce = [
    drafted,
    ...approvedAndSignedBy(FOUNDING_PARTIES),
    enteredIntoForce()
];
function stateAfter(events) {
    return events.reduce(_agreementdecider.evolveAgreement, _agreementstate.initialAgreementState);
}

//# sourceMappingURL=fixtures.js.map