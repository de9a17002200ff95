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
    get ALL_LABELS () {
        return ALL_LABELS;
    },
    get AUTHORITY_LABELS () {
        return AUTHORITY_LABELS;
    },
    get DEADLINE_LABELS () {
        return DEADLINE_LABELS;
    },
    get EVENT_LABELS () {
        return EVENT_LABELS;
    },
    get FINDING_LABELS () {
        return FINDING_LABELS;
    },
    get KIND_LABELS () {
        return KIND_LABELS;
    },
    get METHOD_LABELS () {
        return METHOD_LABELS;
    },
    get OBLIGATION_TYPE_LABELS () {
        return OBLIGATION_TYPE_LABELS;
    },
    get OUTCOME_LABELS () {
        return OUTCOME_LABELS;
    },
    get PARTY_TYPE_LABELS () {
        return PARTY_TYPE_LABELS;
    },
    get ROLE_LABELS () {
        return ROLE_LABELS;
    },
    get STATUS_LABELS () {
        return STATUS_LABELS;
    },
    get labelOf () {
        return labelOf;
    }
});
const label = (fi, en)=>({
        fi,
        en
    });
const STATUS_LABELS = {
    draft: label('Luonnos', 'Draft'),
    'in-approval': label('Hyväksyttävänä', 'In approval'),
    approved: label('Hyväksytty', 'Approved'),
    signed: label('Allekirjoitettu', 'Signed'),
    'in-force': label('Voimassa', 'In force'),
    expired: label('Päättynyt', 'Expired'),
    terminated: label('Irtisanottu', 'Terminated')
};
const KIND_LABELS = {
    framework: label('Puitesopimus', 'Framework agreement'),
    'family-centre': label('Perhekeskusyhteistyö', 'Family-centre cooperation'),
    'family-law': label('Perheoikeudelliset palvelut', 'Family-law services')
};
const ROLE_LABELS = {
    host: label('Isäntä', 'Host'),
    participant: label('Osapuoli', 'Participant'),
    coordinator: label('Koordinaattori', 'Coordinator')
};
const PARTY_TYPE_LABELS = {
    municipality: label('Kunta', 'Municipality'),
    'joint-municipal-authority': label('Kuntayhtymä', 'Joint municipal authority'),
    'wellbeing-services-county': label('Hyvinvointialue', 'Wellbeing services county'),
    'regional-council': label('Maakunnan liitto', 'Regional council'),
    parish: label('Seurakunta', 'Parish'),
    association: label('Yhdistys', 'Association'),
    'state-agency': label('Valtion virasto', 'State agency'),
    company: label('Yhtiö', 'Company')
};
const OBLIGATION_TYPE_LABELS = {
    'provide-premises': label('Tilat', 'Premises'),
    fund: label('Rahoitus', 'Funding'),
    'provide-staff': label('Henkilöstö', 'Staff'),
    'produce-service': label('Palvelun tuottaminen', 'Service'),
    'pay-cost-share': label('Kustannusosuus', 'Cost share'),
    'appoint-representative': label('Edustajan nimeäminen', 'Representative'),
    coordinate: label('Koordinointi', 'Coordination'),
    communicate: label('Viestintä', 'Communication'),
    'assess-impact': label('Vaikutusten arviointi', 'Impact assessment'),
    participate: label('Osallistuminen', 'Participation'),
    'administrative-change': label('Hallinnollinen muutos', 'Administrative change'),
    'transfer-of-undertaking': label('Liikkeenluovutus', 'Transfer of undertaking'),
    'review-and-update': label('Arviointi ja päivitys', 'Review and update'),
    other: label('Muu', 'Other')
};
const FINDING_LABELS = {
    met: label('Toteutunut', 'Met'),
    'partly-met': label('Osittain toteutunut', 'Partly met'),
    'not-met': label('Ei toteutunut', 'Not met'),
    'not-assessed': label('Ei arvioitu', 'Not assessed')
};
const OUTCOME_LABELS = {
    approved: label('Hyväksytty', 'Approved'),
    rejected: label('Hylätty', 'Rejected'),
    tabled: label('Pantiin pöydälle', 'Tabled'),
    returned: label('Palautettiin valmisteltavaksi', 'Returned for preparation'),
    'proposed-to-higher-body': label('Esitetään ylemmälle toimielimelle', 'Proposed to a higher body')
};
const AUTHORITY_LABELS = {
    position: label('Aseman perusteella', 'By position'),
    'signing-right': label('Nimenkirjoitusoikeus', 'Signing right'),
    mandate: label('Valtuutus', 'Mandate')
};
const METHOD_LABELS = {
    electronic: label('Sähköinen', 'Electronic'),
    paper: label('Paperi', 'Paper')
};
const DEADLINE_LABELS = {
    'review-due': label('Vuosikatselmus erääntyy', 'Annual review due'),
    'term-ends': label('Sopimuskausi päättyy', 'Term ends'),
    'party-joins': label('Osapuoli liittyy', 'Party joins'),
    'withdrawal-effective': label('Irtautuminen voimaan', 'Withdrawal takes effect'),
    'termination-effective': label('Irtisanominen voimaan', 'Termination takes effect')
};
const EVENT_LABELS = {
    AgreementDrafted: label('Sopimusluonnos laadittu', 'Agreement drafted'),
    DraftRevised: label('Luonnosta muutettu', 'Draft revised'),
    BoardDecisionRecorded: label('Toimielimen päätös', 'Board decision'),
    SignatureRecorded: label('Allekirjoitus', 'Signature'),
    VersionEnteredIntoForce: label('Versio voimaan', 'Version entered into force'),
    PartyJoined: label('Osapuoli liittyi', 'Party joined'),
    PartyWithdrew: label('Osapuoli irtautui', 'Party withdrew'),
    AnnualReviewRecorded: label('Vuosikatselmus', 'Annual review'),
    AgreementTerminated: label('Sopimus irtisanottu', 'Agreement terminated')
};
const ALL_LABELS = {
    status: STATUS_LABELS,
    kind: KIND_LABELS,
    role: ROLE_LABELS,
    partyType: PARTY_TYPE_LABELS,
    obligationType: OBLIGATION_TYPE_LABELS,
    finding: FINDING_LABELS,
    outcome: OUTCOME_LABELS,
    authority: AUTHORITY_LABELS,
    method: METHOD_LABELS,
    deadline: DEADLINE_LABELS,
    event: EVENT_LABELS
};
function labelOf(group, code) {
    return ALL_LABELS[group][code] ?? {
        fi: code,
        en: code
    };
}

//# sourceMappingURL=labels.js.map