"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ReadModelQueries", {
    enumerable: true,
    get: function() {
        return ReadModelQueries;
    }
});
const _domain = require("../../../../../../work/main/libs/domain/src");
const _projectionrunner = require("../projection-runner");
const _schema = require("../schema");
const COMMA = Buffer.from(',');
/** The rows' answers as the JSON text of an array. */ function jsonArray(rows) {
    const parts = [
        Buffer.from('[')
    ];
    rows.forEach((row, i)=>parts.push(...i ? [
            COMMA,
            row.json
        ] : [
            row.json
        ]));
    parts.push(Buffer.from(']'));
    return Buffer.concat(parts);
}
/** Answers kept for obligation rows: a municipality's first page for a date is ~100 rows of ~450 bytes. */ const SERVED_ROWS = 50_000;
/** Whole pages kept: ~45 KB each, so every municipality's and county's first page for a few dates. */ const KEPT_PAGE_BYTES = 64 * 1024 * 1024;
/** Obligations' terms kept parsed: about the obligations in force across the quick data set, a few MB. */ const CACHED_TERMS = 50_000;
let ReadModelQueries = class ReadModelQueries {
    constructor(db){
        this.db = db;
        this.obligationStatements = new Map();
        /** Parsed obligation terms by agreement, version and obligation, oldest first. */ this.terms = new Map();
        /** Answers of obligation rows by row id, oldest first; row ids are only meaningful within one generation. */ this.served = new Map();
        /** Whole pages by key (keptPageKey), least recently answered first. */ this.keptPages = new Map();
        this.keptPageBytes = 0;
        this.sql = this.prepare();
        const transaction = db.transaction((work)=>work());
        this.readTransaction = (work)=>transaction(work);
    }
    static open(file) {
        return new ReadModelQueries((0, _projectionrunner.openReadModelsDb)(file));
    }
    close() {
        if (this.db.open) this.db.close();
    }
    parties(type) {
        const rows = type ? this.sql.partiesOfType.all(type) : this.sql.parties.all();
        const populations = this.populationsByParty();
        return rows.map((row)=>toParty(row, populations.get(row[0]) ?? {}));
    }
    hasParty(partyId) {
        return this.sql.partyExists.get(partyId) !== undefined;
    }
    party(partyId) {
        const row = this.sql.party.get(partyId);
        if (!row) return undefined;
        const populations = {};
        for (const [year, population, source] of this.sql.populationsOf.all(partyId)){
            populations[year] = {
                population,
                source
            };
        }
        return toParty(row, populations);
    }
    populationLookup() {
        return {
            recordedPopulation: (partyId, year)=>this.sql.population.get(partyId, year),
            membersOf: (partyId)=>{
                const members = this.sql.members.get(partyId);
                return members === undefined ? undefined : JSON.parse(members);
            }
        };
    }
    /**
   * One page of obligations in the stable order (agreement, version, obligation, party, validFrom), after `page.after`
   * (the last key of the previous page), as the UTF-8 JSON text of an ObligationView array: what an HTTP answer embeds.
   * What a recorded position knows of obligations is what the last obligation change at or before it knew, so a page
   * pinned to a position is kept under that change's position and answered again while events that change no
   * obligation (decisions, signatures, reviews) arrive. Without knownAt the page is pinned to the position the read
   * models have reached (answered as knownAt); with a partyId that is not registered, there is no page (undefined).
   */ obligationsPageJson(filter, page = {}) {
        // A kept page needs one statement (its own snapshot); making one reads in a transaction that starts over.
        const kept = this.keptPage(filter, page);
        if (kept !== undefined) return kept || undefined;
        return this.readTransaction(()=>{
            const state = this.pageState(filter, page);
            if (!state) return undefined;
            const { rows, next } = this.obligationRows(state.filter, page);
            const answer = {
                json: jsonArray(rows),
                ...next && {
                    next
                }
            };
            if (state.key !== undefined) this.keepPage(state.key, answer);
            return {
                ...answer,
                knownAt: state.filter.knownAt
            };
        });
    }
    /** The kept answer, false for a party that is not registered, undefined when the page must be made. */ keptPage(filter, page) {
        const state = this.pageState(filter, page);
        if (!state) return false;
        const kept = state.key === undefined ? undefined : this.keptPages.get(state.key);
        if (!kept) return undefined;
        this.keptPages.delete(state.key);
        this.keptPages.set(state.key, kept);
        return {
            ...kept,
            knownAt: state.filter.knownAt
        };
    }
    /**
   * Whether the party is registered, the read models' position (the pin when none is asked for), their generation,
   * and where obligations last changed, which with the filter makes the key of the kept page.
   */ pageState(filter, page) {
        const { position, generation, changedAt, registered } = this.committed();
        if (filter.partyId !== undefined && !registered(filter.partyId)) return undefined;
        this.forgetOtherGenerations(generation);
        const pinned = {
            ...filter,
            knownAt: filter.knownAt ?? {
                position
            }
        };
        if (!('position' in pinned.knownAt)) return {
            filter: pinned
        };
        const pin = pinned.knownAt.position;
        // A pin beyond the checkpoint is at or after changedAt too: a later change moves changedAt, and so the key.
        const recorded = changedAt !== null && pin >= Number(changedAt) ? `since ${changedAt}` : `at ${pin}`;
        return {
            filter: pinned,
            key: JSON.stringify([
                recorded,
                filter.on,
                filter.partyId,
                filter.type,
                filter.kind,
                page.limit,
                page.after
            ])
        };
    }
    /**
   * What the last commit left, read again only when another connection (the projection runner, a rebuild in
   * another process) has committed since: this connection only reads.
   */ committed() {
        const dataVersion = this.sql.dataVersion.get();
        if (this.lastCommitted?.dataVersion === dataVersion) return this.lastCommitted;
        const [position, generation, changedAt] = this.sql.committedState.get();
        const parties = new Map();
        const registered = (partyId)=>{
            let known = parties.get(partyId);
            if (known === undefined) parties.set(partyId, known = this.hasParty(partyId));
            return known;
        };
        return this.lastCommitted = {
            dataVersion,
            position,
            generation,
            changedAt,
            registered
        };
    }
    keepPage(key, answer) {
        this.keptPages.set(key, answer);
        this.keptPageBytes += answer.json.length;
        for (const [oldest, { json }] of this.keptPages){
            if (this.keptPageBytes <= KEPT_PAGE_BYTES) break;
            this.keptPages.delete(oldest);
            this.keptPageBytes -= json.length;
        }
    }
    /** Row ids are reused by a rebuild, and a rebuild may derive other rows: nothing kept outlives its generation. */ forgetOtherGenerations(generation) {
        if (generation === this.servedGeneration) return;
        this.served.clear();
        this.keptPages.clear();
        this.keptPageBytes = 0;
        this.servedGeneration = generation;
    }
    /** The page's rows from the index alone (only their ids), each row's answer kept, or made from the table once. */ obligationRows(filter, page) {
        const params = {
            on: filter.on
        };
        if (filter.knownAt) params.known = 'position' in filter.knownAt ? filter.knownAt.position : filter.knownAt.instant;
        if (filter.partyId !== undefined) params.party_id = filter.partyId;
        if (filter.type !== undefined) params.type = filter.type;
        if (filter.kind !== undefined) params.kind = filter.kind;
        if (page.after) [params.a, params.v, params.o, params.p, params.f, params.i] = page.after;
        if (page.limit !== undefined) params.limit = page.limit + 1;
        const ids = this.obligationStatement(filter, page).all(params);
        const more = page.limit !== undefined && ids.length > page.limit;
        if (more) ids.length = page.limit;
        const rows = ids.map((id)=>this.servedRow(id));
        return {
            rows,
            next: more ? rows.at(-1)?.key : undefined
        };
    }
    /** An obligation row never changes what it answers (closing it only ends its recorded time), so answers are kept. */ servedRow(id) {
        let row = this.served.get(id);
        if (row) return row;
        const columns = this.sql.obligationRow.get(id);
        row = {
            json: Buffer.from(JSON.stringify(toObligationView(columns, this.termsOf(columns[0], columns[2], columns[3])))),
            key: keyOf(columns)
        };
        this.served.set(id, row);
        if (this.served.size > SERVED_ROWS) this.served.delete(this.served.keys().next().value);
        return row;
    }
    /** One statement per filter shape, prepared once: the shapes are few (which filters are present). */ obligationStatement(filter, page) {
        const recorded = !filter.knownAt ? 'now' : 'position' in filter.knownAt ? 'position' : 'instant';
        const shape = [
            recorded,
            filter.partyId !== undefined,
            filter.type !== undefined,
            filter.kind !== undefined,
            page.after !== undefined,
            page.limit !== undefined
        ].join();
        let statement = this.obligationStatements.get(shape);
        if (statement) return statement;
        const where = [
            'o.valid_from <= @on',
            '(o.valid_to IS NULL OR o.valid_to >= @on)'
        ];
        if (recorded === 'now') where.push('o.recorded_to_position IS NULL');
        else if (recorded === 'position') {
            where.push('o.recorded_from_position <= @known', '(o.recorded_to_position IS NULL OR o.recorded_to_position > @known)');
        } else {
            where.push('o.recorded_from_at <= @known', '(o.recorded_to_at IS NULL OR o.recorded_to_at > @known)');
        }
        if (filter.partyId !== undefined) where.push('o.party_id = @party_id');
        if (filter.type !== undefined) where.push('o.type = @type');
        if (filter.kind !== undefined) where.push('o.kind = @kind');
        if (page.after) where.push('(o.agreement_id, o.version, o.obligation_id, o.party_id, o.valid_from, o.id) > (@a, @v, @o, @p, @f, @i)');
        statement = this.db.prepare(`SELECT o.id FROM obligations o WHERE ${where.join(' AND ')} ` + 'ORDER BY o.agreement_id, o.version, o.obligation_id, o.party_id, o.valid_from, o.id' + (page.limit !== undefined ? ' LIMIT @limit' : '')).pluck();
        this.obligationStatements.set(shape, statement);
        return statement;
    }
    /** What an obligation's terms say never changes once its version entered into force, so parsed terms are kept. */ termsOf(agreementId, version, obligationId) {
        const key = `${agreementId}\n${version}\n${obligationId}`;
        let terms = this.terms.get(key);
        if (terms) return terms;
        const json = this.sql.obligationTerms.get(agreementId, version, obligationId);
        terms = json === undefined ? {
            description: {
                fi: ''
            }
        } : JSON.parse(json);
        if (json !== undefined) {
            this.terms.set(key, terms);
            if (this.terms.size > CACHED_TERMS) this.terms.delete(this.terms.keys().next().value);
        }
        return terms;
    }
    agreementState(agreementId) {
        const row = this.sql.agreement.get(agreementId);
        return row ? {
            state: JSON.parse(row[0]),
            revision: row[1]
        } : undefined;
    }
    agreements(filter) {
        const rows = filter.partyId ? this.sql.agreementsOfParty.all(filter.partyId) : this.sql.agreements.all();
        const successors = new Map();
        for (const [id, predecessorId] of this.sql.successors.all()){
            successors.set(predecessorId, [
                ...successors.get(predecessorId) ?? [],
                id
            ]);
        }
        return rows.filter(([, kind])=>filter.kind === undefined || kind === filter.kind).map(([, , revision, state])=>toSummary(JSON.parse(state), revision, filter.on, successors)).filter((summary)=>filter.status === undefined || summary.status === filter.status);
    }
    deadlines(from, to) {
        const rows = this.sql.deadlines.all(from ?? '0000-01-01', to ?? '9999-12-31');
        return rows.map((row)=>JSON.parse(row));
    }
    populationsByParty() {
        const byParty = new Map();
        for (const [partyId, year, population, source] of this.sql.allPopulations.all()){
            let populations = byParty.get(partyId);
            if (!populations) byParty.set(partyId, populations = {});
            populations[year] = {
                population,
                source
            };
        }
        return byParty;
    }
    prepare() {
        const db = this.db;
        const partyColumns = 'party_id, name, type, business_id, municipality_code, member_ids, revision, position';
        const agreementColumns = 'a.agreement_id, a.kind, a.revision, a.state';
        return {
            parties: db.prepare(`SELECT ${partyColumns} FROM parties ORDER BY party_id`).raw(),
            partiesOfType: db.prepare(`SELECT ${partyColumns} FROM parties WHERE type = ? ORDER BY party_id`).raw(),
            party: db.prepare(`SELECT ${partyColumns} FROM parties WHERE party_id = ?`).raw(),
            populationsOf: db.prepare('SELECT year, population, source FROM party_populations WHERE party_id = ? ORDER BY year').raw(),
            allPopulations: db.prepare('SELECT party_id, year, population, source FROM party_populations ORDER BY party_id, year').raw(),
            population: db.prepare('SELECT population FROM party_populations WHERE party_id = ? AND year = ?').pluck(),
            members: db.prepare('SELECT member_ids FROM parties WHERE party_id = ?').pluck(),
            partyExists: db.prepare('SELECT 1 FROM parties WHERE party_id = ?').pluck(),
            dataVersion: db.prepare('PRAGMA data_version').pluck(),
            committedState: db.prepare(`SELECT (${_schema.CHECKPOINT_SQL}), (${(0, _schema.metaValueSql)(_schema.GENERATION)}), (${(0, _schema.metaValueSql)(_schema.OBLIGATIONS_CHANGED_AT)})`).raw(),
            obligationRow: db.prepare('SELECT agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' + 'recorded_from_position, recorded_from_at, id FROM obligations WHERE id = ?').raw(),
            obligationTerms: db.prepare('SELECT terms FROM obligation_terms WHERE agreement_id = ? AND version = ? AND obligation_id = ?').pluck(),
            agreement: db.prepare('SELECT state, revision FROM agreements WHERE agreement_id = ?').raw(),
            agreements: db.prepare(`SELECT ${agreementColumns} FROM agreements a ORDER BY a.agreement_id`).raw(),
            agreementsOfParty: db.prepare(`SELECT ${agreementColumns} FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.agreement_id ` + 'WHERE p.party_id = ? ORDER BY a.agreement_id').raw(),
            successors: db.prepare('SELECT agreement_id, predecessor_id FROM agreements WHERE predecessor_id IS NOT NULL ORDER BY agreement_id').raw(),
            deadlines: db.prepare('SELECT deadline FROM deadlines WHERE date >= ? AND date <= ? ORDER BY date, agreement_id, type, party_id').pluck()
        };
    }
};
function toParty(row, populations) {
    const [id, name, type, businessId, municipalityCode, memberIds, revision, position] = row;
    return {
        id,
        name: JSON.parse(name),
        type,
        ...businessId !== null && {
            businessId
        },
        ...municipalityCode !== null && {
            municipalityCode
        },
        memberIds: JSON.parse(memberIds),
        populations,
        revision,
        position
    };
}
const keyOf = (columns)=>[
        columns[0],
        columns[2],
        columns[3],
        columns[5],
        columns[8],
        columns[12]
    ];
function toObligationView(columns, terms) {
    const [agreementId, kind, version, obligationId, type, partyId, partyType, role, validFrom, validTo, position, at] = columns;
    return {
        agreementId,
        kind,
        version,
        obligationId,
        type,
        partyId,
        partyType,
        role,
        description: terms.description,
        beneficiary: terms.beneficiary ?? null,
        validFrom,
        validTo,
        clause: terms.clause ?? null,
        ...terms.costShare && {
            costShare: terms.costShare
        },
        ...terms.recurrence && {
            recurrence: terms.recurrence
        },
        recorded: {
            position,
            at
        }
    };
}
function toSummary(state, revision, on, successors) {
    const latest = state.versions.at(-1);
    const inForce = state.inForce.filter((entry)=>entry.effectiveFrom <= on).at(-1);
    const shown = inForce && state.versions.find((version)=>version.version === inForce.version) || latest;
    const { title, diaryNumber, term } = shown.terms;
    const review = (0, _domain.reviewDueOn)(state, on);
    return {
        id: state.agreementId,
        kind: state.kind,
        title,
        ...diaryNumber !== undefined && {
            diaryNumber
        },
        term,
        status: (0, _domain.statusOn)(state, on),
        latestVersion: latest.version,
        versionInForce: inForce?.version ?? null,
        parties: [
            ...shown.terms.parties.map(({ partyId, role, joinsOn })=>({
                    partyId,
                    role,
                    ...joinsOn && {
                        joinsOn
                    }
                })),
            ...state.joined.filter((join)=>!shown.terms.parties.some((party)=>party.partyId === join.partyId)).map(({ partyId, role, joinsOn })=>({
                    partyId,
                    role,
                    joinsOn
                }))
        ],
        predecessorId: state.predecessorId ?? null,
        successorIds: successors.get(state.agreementId) ?? [],
        reviewDue: review.due,
        reviewOverdue: review.overdue,
        revision
    };
}

//# sourceMappingURL=read-model-queries.js.map