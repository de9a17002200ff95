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
    get FIRST_YEAR () {
        return FIRST_YEAR;
    },
    get LAST_YEAR () {
        return LAST_YEAR;
    },
    get dataset () {
        return dataset;
    },
    get random () {
        return random;
    },
    get slug () {
        return slug;
    }
});
const _domain = require("../../../../work/main/libs/domain/src");
const _finland = require("./finland");
const FIRST_YEAR = 2006;
const LAST_YEAR = 2025;
/** Nothing is recorded after this instant: the data set ends just before the bench's "today". */ const END_OF_DATA = '2026-11-01T00:00:00.000Z';
function random(seed) {
    let a = seed >>> 0;
    return ()=>{
        a = a + 0x6d2b79f5 >>> 0;
        let t = a;
        t = Math.imul(t ^ t >>> 15, t | 1);
        t ^= t + Math.imul(t ^ t >>> 7, t | 61);
        return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
}
const slug = (text)=>text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** A Y-tunnus with a verifying check digit, derived from a number; bases whose check would be 1 are skipped. */ function businessIdFrom(n) {
    for(let base = 100_000 + n * 7;; base++){
        const digits = String(base).padStart(7, '0');
        const sum = [
            7,
            9,
            10,
            5,
            8,
            4,
            2
        ].reduce((s, w, i)=>s + w * Number(digits[i]), 0);
        const remainder = sum % 11;
        if (remainder === 1) continue;
        return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
    }
}
const dateOf = (year, month, day)=>`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const instantOf = (date, minute)=>new Date(Date.parse(`${date}T08:00:00Z`) + minute * 60_000).toISOString();
function contextOf(seed) {
    const rng = random(seed);
    return {
        rng,
        int: (min, max)=>min + Math.floor(rng() * (max - min + 1)),
        pick: (items)=>items[Math.floor(rng() * items.length)],
        chance: (p)=>rng() < p
    };
}
const OBLIGATION_TEXT = {
    'provide-premises': 'Kunnissa varataan kohtaamispaikkatyöhön soveltuva tila, jonka kustannuksista kunta vastaa',
    fund: 'Hyvinvointialue vastaa perhekeskuskoordinaattorin resurssista ja toiminnan yhteisistä kuluista',
    'provide-staff': 'Osapuoli osoittaa toimintaan henkilöstöä sovitun työnjaon mukaisesti',
    'produce-service': 'Isäntäkunta tuottaa perheoikeudelliset palvelut sopimuskuntien asukkaille yhdenvertaisesti',
    'pay-cost-share': 'Kustannukset jaetaan sopimuskuntien kesken asukasluvun suhteessa edellisen vuoden lopun tilanteen mukaan',
    'appoint-representative': 'Kukin osapuoli nimeää edustajansa yhteistyöryhmään toimikaudeksi',
    coordinate: 'Koordinaattori kokoaa verkostot ja vastaa yhteistyön käytännön järjestelyistä',
    communicate: 'Osapuolet tiedottavat toiminnasta omissa kanavissaan ja yhteisellä verkkosivulla',
    'assess-impact': 'Päätösten vaikutukset lapsiin ja perheisiin arvioidaan ennen päätöksentekoa',
    participate: 'Osapuoli osallistuu yhteistyöverkoston kokouksiin ja kehittämistyöhön',
    'administrative-change': 'Hallinnolliset muutokset valmistellaan yhteistyössä ja niistä sovitaan erikseen',
    'transfer-of-undertaking': 'Henkilöstö siirtyy isäntäkunnan palvelukseen liikkeenluovutuksen periaattein',
    'review-and-update': 'Suunnitelma tarkistetaan vuosittain ja päivitetään tarvittaessa',
    other: 'Muista yhteistyön yksityiskohdista sovitaan osapuolten kesken erikseen'
};
const KIND_OBLIGATIONS = {
    framework: [
        'coordinate',
        'participate',
        'communicate',
        'assess-impact',
        'review-and-update',
        'appoint-representative',
        'other',
        'administrative-change'
    ],
    'family-centre': [
        'fund',
        'provide-premises',
        'provide-staff',
        'coordinate',
        'participate',
        'communicate',
        'appoint-representative',
        'review-and-update'
    ],
    'family-law': [
        'produce-service',
        'pay-cost-share',
        'transfer-of-undertaking',
        'provide-premises',
        'appoint-representative',
        'communicate',
        'administrative-change',
        'other'
    ]
};
const KIND_PREFIX = {
    framework: 'fw',
    'family-centre': 'fc',
    'family-law': 'fl'
};
const KIND_TITLE = {
    framework: 'Puitesopimus ja yhdyspintasuunnitelma',
    'family-centre': 'Perhekeskustoiminnan yhteistyösopimus',
    'family-law': 'Perheoikeudellisten palvelujen yhteistoimintasopimus'
};
function dataset(agreementCount, seed = 8) {
    const parties = [];
    const municipalitiesOf = new Map();
    const countyOf = new Map();
    const councilOf = new Map();
    const parishesOf = new Map();
    const registrations = [];
    const rng = contextOf(seed);
    for (const region of _finland.REGIONS){
        const list = [];
        for (const entry of region.municipalities.split(',')){
            const [code, ...words] = entry.trim().split(' ');
            const name = words.join(' ');
            const party = {
                id: slug(name),
                name,
                type: 'municipality',
                regionId: region.id,
                population: _finland.LARGE_POPULATIONS[name] ?? Math.round(800 + 25_000 * rng.rng() ** 2.5)
            };
            list.push(party);
            parties.push(party);
            registrations.push({
                type: 'RegisterParty',
                partyId: party.id,
                name: {
                    fi: name.endsWith('kaupunki') ? name : `${name}`
                },
                partyType: 'municipality',
                municipalityCode: code,
                businessId: businessIdFrom(Number(code))
            });
        }
        municipalitiesOf.set(region.id, list);
        if (region.council) {
            const council = {
                id: slug(region.council),
                name: region.council,
                type: 'regional-council',
                regionId: region.id
            };
            councilOf.set(region.id, council);
            parties.push(council);
            registrations.push({
                type: 'RegisterParty',
                partyId: council.id,
                name: {
                    fi: council.name
                },
                partyType: 'regional-council',
                businessId: businessIdFrom(2000 + parties.length)
            });
        }
        const county = _finland.REGION_COUNTIES[region.id];
        if (county) {
            const party = {
                id: slug(county),
                name: county,
                type: 'wellbeing-services-county',
                regionId: region.id
            };
            countyOf.set(region.id, party);
            parties.push(party);
            registrations.push({
                type: 'RegisterParty',
                partyId: party.id,
                name: {
                    fi: county
                },
                partyType: 'wellbeing-services-county',
                businessId: businessIdFrom(3000 + parties.length)
            });
        }
        // Roughly every other municipality's Lutheran parish takes part in family-centre work.
        const parishes = list.filter((_, i)=>i % 2 === 0).map((m)=>({
                id: `${m.id}-seurakunta`,
                name: `${m.name}, seurakunta`,
                type: 'parish',
                regionId: region.id
            }));
        parishesOf.set(region.id, parishes);
        for (const parish of parishes){
            parties.push(parish);
            registrations.push({
                type: 'RegisterParty',
                partyId: parish.id,
                name: {
                    fi: parish.name
                },
                partyType: 'parish'
            });
        }
    }
    for (const name of Object.keys(_finland.UUSIMAA_COUNTIES)){
        const party = {
            id: slug(name),
            name,
            type: 'wellbeing-services-county',
            regionId: 'uusimaa'
        };
        parties.push(party);
        registrations.push({
            type: 'RegisterParty',
            partyId: party.id,
            name: {
                fi: name
            },
            partyType: 'wellbeing-services-county',
            businessId: businessIdFrom(4000 + parties.length)
        });
    }
    const uusimaaCountyOf = new Map();
    for (const [county, members] of Object.entries(_finland.UUSIMAA_COUNTIES)){
        for (const member of members)uusimaaCountyOf.set(slug(member), parties.find((p)=>p.name === county));
    }
    // Helsinki organises its own health and social services: it stands in for a county in its own agreements.
    uusimaaCountyOf.set('helsinki', parties.find((p)=>p.id === 'helsinki'));
    const partySteps = registrations.map((request, i)=>({
            at: instantOf('2005-01-03', i),
            kind: 'party',
            request
        }));
    for(let year = 2005; year <= 2024; year++){
        let minute = 0;
        for (const party of parties){
            if (party.type !== 'municipality') continue;
            const population = Math.round(party.population * (1 + (year - 2015) * 0.002 * (party.population > 30_000 ? 1 : -1)));
            partySteps.push({
                at: instantOf(dateOf(year + 1, 3, 15), minute++),
                kind: 'party',
                request: {
                    type: 'RecordPopulation',
                    partyId: party.id,
                    year,
                    population,
                    source: `Tilastokeskus, väestö ${year}-12-31`
                }
            });
        }
    }
    const weightedRegions = _finland.REGIONS.filter((r)=>r.id !== 'ahvenanmaa').flatMap((r)=>municipalitiesOf.get(r.id).map(()=>r.id));
    const allMunicipalities = parties.filter((p)=>p.type === 'municipality' && p.regionId !== 'ahvenanmaa');
    function agreement(index) {
        const c = contextOf(seed * 1_000_003 + index * 7919);
        const kind = c.pick([
            'framework',
            'family-centre',
            'family-centre',
            'family-law',
            'family-law'
        ]);
        const regionId = c.pick(weightedRegions);
        const region = _finland.REGIONS.find((r)=>r.id === regionId);
        const agreementId = `${KIND_PREFIX[kind]}-${regionId}-${String(index).padStart(6, '0')}`;
        const startYear = c.int(FIRST_YEAR, LAST_YEAR - 1);
        const startsOn = dateOf(startYear, c.pick([
            1,
            1,
            1,
            3,
            5,
            8
        ]), 1);
        const endsOn = c.chance(0.55) ? null : dateOf(startYear + c.int(2, 5), 12, 31);
        const lastDay = (date)=>endsOn !== null && date > endsOn ? endsOn : date;
        const draftedOn = (0, _domain.addDays)(startsOn, -c.int(140, 220));
        // Who: the lead (a coordinating county or council, or a hosting city) and municipalities, mostly of one region.
        const size = 2 + Math.floor(38 * c.rng() ** 7);
        const countyEra = startYear >= 2023;
        const members = [
            ...municipalitiesOf.get(regionId)
        ].sort((a, b)=>b.population - a.population);
        let lead;
        const chosen = [];
        if (kind === 'family-law') {
            lead = members[c.int(0, Math.min(2, members.length - 1))];
            chosen.push({
                party: lead,
                role: 'host'
            });
        } else if (countyEra) {
            lead = regionId === 'uusimaa' ? uusimaaCountyOf.get(c.pick(members).id) : countyOf.get(regionId);
            chosen.push({
                party: lead,
                role: 'coordinator'
            });
            if (kind === 'framework' && size > 2 && councilOf.has(regionId)) chosen.push({
                party: councilOf.get(regionId),
                role: 'participant'
            });
        } else {
            lead = kind === 'framework' ? councilOf.get(regionId) : members[0];
            chosen.push({
                party: lead,
                role: 'coordinator'
            });
        }
        const pool = members.filter((m)=>m.id !== lead.id);
        while(chosen.length < size){
            const next = pool.length ? pool.splice(c.int(0, pool.length - 1), 1)[0] : c.pick(allMunicipalities);
            if (!chosen.some((x)=>x.party.id === next.id)) chosen.push({
                party: next,
                role: 'participant'
            });
        }
        if (kind === 'family-centre' && c.chance(0.3)) {
            for (const parish of parishesOf.get(regionId).slice(0, c.int(1, 3)))chosen.push({
                party: parish,
                role: 'participant'
            });
        }
        const phaseTwo = c.chance(0.15) ? Math.min(c.int(1, 3), chosen.length - 2) : 0;
        const joinsLater = lastDay((0, _domain.addDays)(startsOn, 120));
        const termsParties = chosen.map(({ party, role }, i)=>({
                partyId: party.id,
                role,
                ...i >= chosen.length - phaseTwo && joinsLater > startsOn ? {
                    joinsOn: joinsLater
                } : {}
            }));
        const obligationCount = c.int(3, 15);
        const types = KIND_OBLIGATIONS[kind];
        const obligations = [];
        for(let j = 0; j < obligationCount; j++){
            const type = j === 0 ? kind === 'family-law' ? 'produce-service' : 'coordinate' : c.pick([
                ...types,
                ...types,
                'other'
            ]);
            const participants = {
                role: 'participant'
            };
            const obligor = j === 0 ? {
                partyId: lead.id
            } : type === 'pay-cost-share' ? participants : c.pick([
                {
                    partyId: lead.id
                },
                participants,
                {
                    partyType: 'municipality'
                },
                'all'
            ]);
            obligations.push({
                id: `o${j + 1}-${type}`,
                type,
                obligor,
                ...c.chance(0.6) ? {
                    beneficiary: type === 'pay-cost-share' ? {
                        partyId: lead.id
                    } : c.pick([
                        'all',
                        participants,
                        {
                            partyId: lead.id
                        }
                    ])
                } : {},
                description: {
                    fi: `${OBLIGATION_TEXT[type]} (${region.name}, ${j + 1}/${obligationCount}).`
                },
                ...type === 'pay-cost-share' ? {
                    costShare: {
                        basis: 'population'
                    },
                    recurrence: 'yearly'
                } : {},
                clause: String(j + 3)
            });
        }
        const diaryNumber = `${c.int(10, 999)}/00.04.02/${startYear - 1}`;
        const terms = (obligationsNow, titleSuffix = '')=>({
                title: {
                    fi: `${KIND_TITLE[kind]}, ${region.name} ${startYear}–${endsOn ? endsOn.slice(0, 4) : ''}${titleSuffix}`
                },
                diaryNumber,
                term: {
                    startsOn,
                    endsOn
                },
                parties: termsParties,
                obligations: obligationsNow
            });
        const steps = [];
        const predecessorId = index > 20 && c.chance(0.1) ? `${KIND_PREFIX[kind]}-${regionId}-${String(index - c.int(1, 20)).padStart(6, '0')}` : undefined;
        steps.push({
            date: draftedOn,
            request: {
                type: 'DraftAgreement',
                agreementId,
                kind,
                terms: terms(obligations.slice(0, -1).length >= 3 ? obligations.slice(0, -1) : obligations),
                ...predecessorId ? {
                    predecessorId
                } : {}
            }
        });
        let version = 1;
        if (c.chance(0.12)) {
            steps.push({
                date: (0, _domain.addDays)(draftedOn, 14),
                request: {
                    type: 'ReviseDraft',
                    agreementId,
                    terms: terms(obligations, ' (tarkistettu)')
                }
            });
            version = 2;
        } else {
            // Most drafts go to the boards as drafted; some add the last obligation in a revision (above).
            steps[0] = {
                date: draftedOn,
                request: {
                    type: 'DraftAgreement',
                    agreementId,
                    kind,
                    terms: terms(obligations),
                    ...predecessorId ? {
                        predecessorId
                    } : {}
                }
            };
        }
        // Board decisions, then signatures, in meeting order; every party approves before the term starts.
        const approvals = [];
        for (const { party } of chosen){
            let on = (0, _domain.addDays)(draftedOn, c.int(21, 60));
            const decision = (body, outcome, date)=>steps.push({
                    date,
                    request: {
                        type: 'RecordDecision',
                        agreementId,
                        partyId: party.id,
                        body,
                        meetingDate: date,
                        section: `§ ${c.int(1, 400)}`,
                        diaryNumber,
                        preparer: 'hallintojohtaja',
                        presenter: party.type === 'municipality' ? 'kunnanjohtaja' : 'johtaja',
                        proposal: `${body} hyväksyy sopimuksen ${KIND_TITLE[kind].toLowerCase()} versiossa ${version} esitetyn mukaisesti ja valtuuttaa allekirjoittamaan sen.`,
                        outcome,
                        ...c.chance(0.85) ? {
                            unanimous: true
                        } : {
                            unanimous: false,
                            vote: {
                                for: c.int(6, 11),
                                against: c.int(1, 4)
                            }
                        },
                        version
                    }
                });
            if (party.type === 'municipality') {
                if (c.chance(0.35)) {
                    decision(c.pick([
                        'perusturvalautakunta',
                        'hyvinvointi- ja sivistyslautakunta',
                        'sosiaali- ja terveyslautakunta'
                    ]), 'proposed-to-higher-body', on);
                    on = (0, _domain.addDays)(on, c.int(7, 21));
                }
                if (c.chance(0.05)) {
                    decision('kunnanhallitus', 'tabled', on);
                    on = (0, _domain.addDays)(on, 14);
                }
                decision(kind === 'framework' && c.chance(0.5) ? 'valtuusto' : 'kunnanhallitus', 'approved', on);
            } else {
                const body = party.type === 'wellbeing-services-county' ? 'aluehallitus' : party.type === 'regional-council' ? 'maakuntahallitus' : 'kirkkoneuvosto';
                decision(body, 'approved', on);
            }
            approvals.push({
                partyId: party.id,
                on
            });
        }
        for (const { partyId, on } of approvals){
            const signedOn = (0, _domain.addDays)(on, c.int(3, 20));
            steps.push({
                date: signedOn,
                request: {
                    type: 'RecordSignature',
                    agreementId,
                    partyId,
                    signatory: {
                        name: `Allekirjoittaja ${c.int(1, 999)}`,
                        title: c.pick([
                            'kunnanjohtaja',
                            'hyvinvointialuejohtaja',
                            'maakuntajohtaja',
                            'kirkkoherra'
                        ])
                    },
                    authority: c.pick([
                        'position',
                        'signing-right',
                        'mandate'
                    ]),
                    signedOn,
                    method: c.chance(0.8) ? 'electronic' : 'paper',
                    version
                }
            });
        }
        steps.sort((a, b)=>a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
        // Signatures follow their party's approval by days, so sorting by date keeps each party's order.
        const enteredOn = (0, _domain.addDays)(startsOn, -7);
        steps.push({
            date: enteredOn,
            request: {
                type: 'EnterIntoForce',
                agreementId,
                version,
                effectiveFrom: startsOn
            }
        });
        // After entry into force: annual reviews, late joiners, withdrawals; some agreements end by termination.
        const later = [];
        const endYear = Math.min(endsOn ? Number(endsOn.slice(0, 4)) : LAST_YEAR, LAST_YEAR);
        const terminated = c.chance(0.06) && endYear > startYear ? dateOf(c.int(startYear + 1, endYear), 12, 31) : undefined;
        const leadObligations = obligations.filter((o)=>o.obligor === 'all' || 'partyId' in o.obligor && o.obligor.partyId === lead.id);
        for(let year = startYear; year <= endYear; year++){
            if (terminated && year > Number(terminated.slice(0, 4))) break;
            if (!c.chance(0.4)) continue;
            const heldOn = dateOf(year, 11, c.int(2, 27));
            later.push({
                date: heldOn,
                request: {
                    type: 'RecordReview',
                    agreementId,
                    year,
                    heldOn,
                    meeting: `Yhteistyöryhmän vuosikatselmus ${year}`,
                    nextReviewDue: dateOf(year + 1, 11, 30),
                    actions: c.chance(0.5) ? [
                        'Päivitetään yhteystiedot',
                        'Arvioidaan resurssit ensi vuodelle'
                    ] : [],
                    findings: leadObligations.slice(0, 5).map((o)=>({
                            obligationId: o.id,
                            partyId: lead.id,
                            status: c.pick([
                                'met',
                                'met',
                                'met',
                                'partly-met',
                                'not-met',
                                'not-assessed'
                            ]),
                            ...c.chance(0.4) ? {
                                note: 'Toteutunut pääosin suunnitellusti; kehitettävää tiedottamisessa.'
                            } : {}
                        }))
                }
            });
        }
        if (c.chance(0.1)) {
            const outsiders = allMunicipalities.filter((m)=>!chosen.some((x)=>x.party.id === m.id));
            for(let k = c.int(1, 3); k > 0; k--){
                const joinsOn = lastDay((0, _domain.addDays)(startsOn, c.int(200, 1500)));
                const party = c.pick(outsiders);
                if (joinsOn <= startsOn || later.some((l)=>l.request.type === 'JoinParty' && l.request.partyId === party.id)) continue;
                later.push({
                    date: (0, _domain.addDays)(joinsOn, -30),
                    request: {
                        type: 'JoinParty',
                        agreementId,
                        partyId: party.id,
                        role: 'participant',
                        joinsOn
                    }
                });
            }
        }
        const withdrawable = termsParties.filter((p)=>p.role === 'participant' && !p.joinsOn);
        if (withdrawable.length > 1 && c.chance(0.08)) {
            const effectiveOn = lastDay(dateOf(Math.min(startYear + c.int(1, 6), LAST_YEAR), 12, 31));
            if (effectiveOn > startsOn) {
                later.push({
                    date: (0, _domain.addDays)(effectiveOn, -60),
                    request: {
                        type: 'WithdrawParty',
                        agreementId,
                        partyId: c.pick(withdrawable).partyId,
                        effectiveOn,
                        reason: 'Palvelut järjestetään jatkossa omana toimintana'
                    }
                });
            }
        }
        later.sort((a, b)=>a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
        const terminationRecorded = terminated ? (0, _domain.addDays)(terminated, -90) : undefined;
        for (const step of later)if (!terminationRecorded || step.date < terminationRecorded) steps.push(step);
        if (terminated) steps.push({
            date: terminationRecorded,
            request: {
                type: 'TerminateAgreement',
                agreementId,
                effectiveOn: terminated,
                reason: 'Korvataan uudella sopimuksella'
            }
        });
        // Recorded instants: the working day of the content's date, strictly increasing within the agreement.
        const result = [];
        let previous = '';
        for (const [i, { date, request }] of steps.entries()){
            let at = instantOf(date, c.int(0, 480) + i);
            if (at <= previous) at = new Date(Date.parse(previous) + 60_000).toISOString();
            if (at > END_OF_DATA) break;
            result.push({
                at,
                kind: 'agreement',
                request
            });
            previous = at;
        }
        return result;
    }
    return {
        parties,
        partySteps,
        agreementCount,
        agreement
    };
}

//# sourceMappingURL=generate.js.map