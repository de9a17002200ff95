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
    get AGREEMENTS () {
        return AGREEMENTS;
    },
    get DATES () {
        return DATES;
    },
    get HistoryBuilder () {
        return HistoryBuilder;
    },
    get PARTIES () {
        return PARTIES;
    },
    get stepArbitrary () {
        return stepArbitrary;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _eventstore = require("../../../../../../work/main/libs/event-store/src");
const _fastcheck = /*#__PURE__*/ _interop_require_default(require("fast-check"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const PARTIES = [
    {
        partyId: 'kunta-a',
        type: 'municipality'
    },
    {
        partyId: 'kunta-b',
        type: 'municipality'
    },
    {
        partyId: 'kunta-c',
        type: 'municipality'
    },
    {
        partyId: 'hva',
        type: 'wellbeing-services-county'
    },
    {
        partyId: 'liitto',
        type: 'joint-municipal-authority',
        memberIds: [
            'kunta-b',
            'kunta-c'
        ]
    }
];
const AGREEMENTS = [
    'ag-1',
    'ag-2'
];
const DATES = [
    '2021-01-01',
    '2021-03-01',
    '2021-05-01',
    '2021-07-01',
    '2021-12-31',
    '2022-01-01',
    '2022-06-30',
    '2023-01-01'
];
const ROLES = [
    'participant',
    'coordinator',
    'host'
];
const OUTCOMES = [
    'approved',
    'approved',
    'rejected',
    'tabled'
];
const agreement = _fastcheck.default.nat(AGREEMENTS.length - 1);
const party = _fastcheck.default.nat(PARTIES.length - 1);
const date = _fastcheck.default.nat(DATES.length - 1);
const stepArbitrary = _fastcheck.default.oneof({
    weight: 4,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('draft'),
        agreement,
        mask: _fastcheck.default.integer({
            min: 1,
            max: 31
        }),
        joins: _fastcheck.default.array(date, {
            minLength: 5,
            maxLength: 5
        }),
        open: _fastcheck.default.boolean()
    })
}, {
    weight: 1,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('revise'),
        agreement,
        mask: _fastcheck.default.integer({
            min: 1,
            max: 31
        }),
        joins: _fastcheck.default.array(date, {
            minLength: 5,
            maxLength: 5
        }),
        open: _fastcheck.default.boolean()
    })
}, {
    weight: 2,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('decide'),
        agreement,
        party,
        outcome: _fastcheck.default.nat(OUTCOMES.length - 1),
        date
    })
}, {
    weight: 2,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('sign'),
        agreement,
        party,
        date
    })
}, {
    weight: 6,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('approve-and-sign-all'),
        agreement,
        date
    })
}, {
    weight: 6,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('enter'),
        agreement,
        date: _fastcheck.default.nat(6)
    })
}, {
    weight: 3,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('join'),
        agreement,
        party,
        role: _fastcheck.default.nat(ROLES.length - 1),
        date
    })
}, {
    weight: 2,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('withdraw'),
        agreement,
        party,
        date
    })
}, {
    weight: 1,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('review'),
        agreement,
        year: _fastcheck.default.integer({
            min: 2021,
            max: 2023
        }),
        next: date
    })
}, {
    weight: 1,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('terminate'),
        agreement,
        date
    })
}, {
    weight: 2,
    arbitrary: _fastcheck.default.record({
        kind: _fastcheck.default.constant('population'),
        party,
        year: _fastcheck.default.integer({
            min: 2020,
            max: 2022
        }),
        population: _fastcheck.default.integer({
            min: 0,
            max: 200_000
        })
    })
});
function terms(mask, joins, open) {
    const chosen = PARTIES.filter((_, i)=>mask & 1 << i);
    const parties = (chosen.length >= 2 ? chosen : PARTIES.slice(0, 2)).map(({ partyId }, i)=>({
            partyId,
            role: i === 0 ? 'host' : 'participant',
            ...i > 0 && joins[i] % 3 === 0 && DATES[joins[i]] > '2021-01-01' && {
                joinsOn: DATES[joins[i]]
            }
        }));
    return {
        title: {
            fi: 'Sopimus'
        },
        term: {
            startsOn: '2021-01-01',
            endsOn: open ? null : '2022-12-31'
        },
        parties,
        obligations: [
            {
                id: 'service',
                type: 'produce-service',
                obligor: {
                    partyId: parties[0].partyId
                },
                beneficiary: {
                    role: 'participant'
                },
                description: {
                    fi: 'Palvelu'
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
                    partyId: parties[0].partyId
                },
                costShare: {
                    basis: 'population'
                },
                description: {
                    fi: 'Kustannukset'
                }
            },
            {
                id: 'premises',
                type: 'provide-premises',
                obligor: 'all',
                description: {
                    fi: 'Tilat'
                },
                validFrom: '2021-03-01'
            }
        ]
    };
}
let HistoryBuilder = class HistoryBuilder {
    constructor(){
        this.parties = new Map();
        this.agreements = new Map();
        /** Accepted events per stream, in order. */ this.pending = [];
        for (const { partyId, type, memberIds } of PARTIES){
            this.party({
                type: 'RegisterParty',
                today: '2026-01-01',
                partyId,
                name: {
                    fi: partyId
                },
                partyType: type,
                memberIds,
                knownPartyIds: [
                    ...this.parties.keys()
                ]
            });
        }
    }
    step(step) {
        const agreementId = AGREEMENTS[step.agreement ?? 0];
        const state = this.agreements.get(agreementId) ?? _domain.initialAgreementState;
        const base = {
            today: '2026-01-01',
            agreementId
        };
        const partyTypes = Object.fromEntries(PARTIES.map((p)=>[
                p.partyId,
                p.type
            ]));
        const latest = (0, _domain.latestVersion)(state)?.version ?? 1;
        switch(step.kind){
            case 'draft':
                return this.agreement({
                    ...base,
                    type: 'DraftAgreement',
                    kind: step.agreement === 1 ? 'family-centre' : 'family-law',
                    terms: terms(step.mask, step.joins, step.open),
                    partyTypes
                });
            case 'revise':
                return this.agreement({
                    ...base,
                    type: 'ReviseDraft',
                    terms: terms(step.mask, step.joins, step.open),
                    partyTypes
                });
            case 'decide':
                return this.agreement({
                    ...base,
                    type: 'RecordDecision',
                    partyId: this.partyOf(state, latest, step.party),
                    body: 'kunnanhallitus',
                    meetingDate: DATES[step.date],
                    section: '§ 1',
                    outcome: OUTCOMES[step.outcome],
                    version: latest
                });
            case 'sign':
                return this.agreement({
                    ...base,
                    type: 'RecordSignature',
                    partyId: this.partyOf(state, latest, step.party),
                    signatory: {
                        name: 'N',
                        title: 'T'
                    },
                    authority: 'position',
                    signedOn: DATES[step.date],
                    method: 'electronic',
                    version: latest
                });
            case 'approve-and-sign-all':
                for (const { partyId } of (0, _domain.partiesOf)(state, latest)){
                    this.agreement({
                        ...base,
                        type: 'RecordDecision',
                        partyId,
                        body: 'kunnanhallitus',
                        meetingDate: '2020-12-01',
                        section: '§ 2',
                        outcome: 'approved',
                        version: latest
                    });
                    this.agreement({
                        ...base,
                        type: 'RecordSignature',
                        partyId,
                        signatory: {
                            name: 'N',
                            title: 'T'
                        },
                        authority: 'position',
                        signedOn: DATES[step.date],
                        method: 'paper',
                        version: latest
                    });
                }
                return;
            case 'enter':
                return this.agreement({
                    ...base,
                    type: 'EnterIntoForce',
                    version: latest,
                    effectiveFrom: DATES[step.date]
                });
            case 'join':
                return this.agreement({
                    ...base,
                    type: 'JoinParty',
                    partyId: PARTIES[step.party].partyId,
                    role: ROLES[step.role],
                    joinsOn: DATES[step.date],
                    partyType: PARTIES[step.party].type
                });
            case 'withdraw':
                return this.agreement({
                    ...base,
                    type: 'WithdrawParty',
                    partyId: PARTIES[step.party].partyId,
                    effectiveOn: DATES[step.date],
                    reason: 'Irtisanottu'
                });
            case 'review':
                return this.agreement({
                    ...base,
                    type: 'RecordReview',
                    year: step.year,
                    heldOn: `${step.year}-11-15`,
                    meeting: 'Johtoryhmä',
                    nextReviewDue: DATES[step.next] > `${step.year}-11-15` ? DATES[step.next] : undefined,
                    actions: [],
                    findings: []
                });
            case 'terminate':
                return this.agreement({
                    ...base,
                    type: 'TerminateAgreement',
                    effectiveOn: DATES[step.date],
                    reason: 'Päättyy'
                });
            case 'population':
                return this.party({
                    type: 'RecordPopulation',
                    today: '2026-01-01',
                    partyId: PARTIES[step.party].partyId,
                    year: step.year,
                    population: step.population,
                    source: 'Tilastokeskus'
                });
        }
    }
    partyOf(state, version, index) {
        const ids = [
            ...new Set((0, _domain.partiesOf)(state, version).map((party)=>party.partyId))
        ];
        return ids.length ? ids[index % ids.length] : PARTIES[index].partyId;
    }
    party(command) {
        const state = this.parties.get(command.partyId) ?? _domain.initialPartyState;
        const events = attempt(()=>(0, _domain.decideParty)(command, state));
        if (!events) return;
        this.parties.set(command.partyId, events.reduce(_domain.evolveParty, state));
        this.pending.push({
            streamId: `party-${command.partyId}`,
            events
        });
    }
    agreement(command) {
        const state = this.agreements.get(command.agreementId) ?? _domain.initialAgreementState;
        const events = attempt(()=>(0, _domain.decideAgreement)(command, state));
        if (!events) return;
        this.agreements.set(command.agreementId, events.reduce(_domain.evolveAgreement, state));
        this.pending.push({
            streamId: `agreement-${command.agreementId}`,
            events
        });
    }
    /** Appends what was accepted since the last call, one command per append, recorded a minute apart. */ async appendTo(store, clock) {
        for (const { streamId, events } of this.pending.splice(0)){
            const recordedAt = new Date(Date.UTC(2026, 0, 1) + clock.minute++ * 60_000).toISOString();
            const proposed = events.map((event)=>({
                    eventId: (0, _eventstore.newEventId)(),
                    type: event.type,
                    schemaVersion: event.schemaVersion,
                    data: event.data,
                    metadata: {
                        recordedAt,
                        actor: 'test',
                        role: 'registrar',
                        correlationId: 'c',
                        causationId: 'c'
                    }
                }));
            await store.append(streamId, proposed, 'any');
        }
    }
};
function attempt(decide) {
    try {
        return decide();
    } catch (error) {
        if (error instanceof _domain.DomainError) return undefined;
        throw error;
    }
}

//# sourceMappingURL=random-history.js.map