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
    get DEFAULT_CACHED_AGREEMENTS () {
        return DEFAULT_CACHED_AGREEMENTS;
    },
    get RegistryProjector () {
        return RegistryProjector;
    }
});
const _domain = require("../../../../../work/main/libs/domain/src");
const _deadlinesof = require("./deadlines/deadlines-of");
const _schema = require("./schema");
const AGREEMENT_EVENTS = new Set([
    'AgreementDrafted',
    'DraftRevised',
    'BoardDecisionRecorded',
    'SignatureRecorded',
    'VersionEnteredIntoForce',
    'PartyJoined',
    'PartyWithdrew',
    'AnnualReviewRecorded',
    'AgreementTerminated'
]);
const DEFAULT_CACHED_AGREEMENTS = 5000;
/**
 * The columns of an obligation row that identify it: anything else follows from its agreement version. Who the
 * beneficiaries are is the selector in the terms, so a party joining does not change the others' rows.
 */ function obligationRowKey(row) {
    return `${row.version}|${row.obligationId}|${row.partyId}|${row.role}|${row.validFrom}|${row.validTo ?? ''}`;
}
/** Keys in order of appearance; a (never yet seen) exact repeat gets #2, #3, … so that no row is lost. */ function withUniqueKey(entries) {
    const byKey = new Map();
    for (const [base, value] of entries){
        let key = base;
        for(let n = 2; byKey.has(key); n++)key = `${base}#${n}`;
        byKey.set(key, value);
    }
    return byKey;
}
const keyed = (rows)=>withUniqueKey(rows.map((row)=>[
            obligationRowKey(row),
            row
        ]));
let RegistryProjector = class RegistryProjector {
    /**
   * @param spill A rebuild's: the tables started empty and are written on another thread, so they are never read; an
   *   agreement leaving memory is kept here instead, and one found neither in memory nor here is new.
   */ constructor(db, cachedAgreements, spill){
        this.cachedAgreements = cachedAgreements;
        this.spill = spill;
        /** Map order is recency: the first entries are the least recently used. */ this.agreements = new Map();
        this.dirty = new Set();
        this.sql = prepare(db);
        this.nextRowId = this.spill ? 1 : this.sql.lastRowId.get() + 1;
    }
    apply(event) {
        if (event.streamId.startsWith('party-')) this.applyParty(event);
        else if (event.streamId.startsWith('agreement-') && AGREEMENT_EVENTS.has(event.type)) this.applyAgreement(event);
    }
    /** Writes the agreement rows, parties and deadlines of every agreement touched since the last flush. */ flush() {
        for (const agreementId of this.dirty)this.write(agreementId, this.agreements.get(agreementId));
        this.dirty.clear();
        this.evict();
        if (this.obligationsChangedAt !== undefined) this.sql.setMeta.run(_schema.OBLIGATIONS_CHANGED_AT, String(this.obligationsChangedAt));
        this.obligationsChangedAt = undefined;
    }
    write(agreementId, entry) {
        const { state, revision, position } = entry;
        const stateJson = JSON.stringify(readSideState(state));
        if (this.spill) entry.stateJson = stateJson;
        this.sql.upsertAgreement.run(agreementId, state.kind, state.predecessorId ?? null, stateJson, revision, position);
        const written = writtenOf(state);
        if (entry.written?.parties !== written.parties) {
            if (entry.written) this.sql.deleteAgreementParties.run(agreementId);
            for (const partyId of written.partyIds)this.sql.insertAgreementParty.run(agreementId, partyId);
        }
        if (entry.written?.deadlines !== written.deadlines) {
            if (entry.written) this.sql.deleteDeadlines.run(agreementId);
            written.deadlineList.forEach((deadline, i)=>this.sql.insertDeadline.run(agreementId, deadline.date, deadline.type, deadline.partyId ?? null, written.deadlineTexts[i]));
        }
        entry.written = {
            parties: written.parties,
            deadlines: written.deadlines
        };
    }
    /** Drops the least recently used states beyond the bound, writing any that are still dirty first. */ evict(room = 0) {
        let excess = this.agreements.size + room - this.cachedAgreements;
        if (excess <= 0) return;
        for (const [agreementId, entry] of this.agreements){
            if (excess-- <= 0) return;
            if (this.dirty.delete(agreementId)) this.write(agreementId, entry);
            this.spill?.put(agreementId, {
                stateJson: entry.stateJson,
                revision: entry.revision,
                position: entry.position,
                open: entry.open
            });
            this.agreements.delete(agreementId);
        }
    }
    entryOf(agreementId) {
        let entry = this.agreements.get(agreementId);
        if (entry) {
            this.agreements.delete(agreementId);
        } else {
            const stored = this.spill ? this.spill.take(agreementId) : this.storedAgreement(agreementId);
            if (stored) {
                // It goes on from the read-side state: later events only append to what that drops, and nothing reads it.
                const state = JSON.parse(stored.stateJson);
                entry = {
                    state,
                    revision: stored.revision,
                    position: stored.position,
                    open: stored.open,
                    written: writtenOf(state),
                    // Kept only where it is put aside again as it is (a rebuild's spill); elsewhere it would double memory.
                    stateJson: this.spill ? stored.stateJson : undefined
                };
            } else {
                entry = {
                    state: _domain.initialAgreementState,
                    revision: -1,
                    position: 0,
                    open: new Map()
                };
            }
            this.evict(1);
        }
        this.agreements.set(agreementId, entry);
        return entry;
    }
    applyParty(event) {
        const data = event.data;
        const partyId = data.partyId;
        switch(event.type){
            case 'PartyRegistered':
                this.sql.insertParty.run(partyId, JSON.stringify(data.name), data.type, data.businessId ?? null, data.municipalityCode ?? null, JSON.stringify(data.memberIds ?? []), event.streamRevision, event.globalPosition);
                return;
            case 'PopulationRecorded':
                this.sql.upsertPopulation.run(partyId, data.year, data.population, data.source);
                break;
            case 'PartyRenamed':
                this.sql.renameParty.run(JSON.stringify(data.name), partyId);
                break;
        }
        this.sql.touchParty.run(event.streamRevision, event.globalPosition, partyId);
    }
    applyAgreement(event) {
        const agreementId = event.streamId.slice('agreement-'.length);
        const entry = this.entryOf(agreementId);
        const domainEvent = event;
        entry.state = (0, _domain.evolveAgreement)(entry.state, domainEvent);
        entry.stateJson = undefined;
        entry.revision = event.streamRevision;
        entry.position = event.globalPosition;
        this.dirty.add(agreementId);
        if (domainEvent.type === 'VersionEnteredIntoForce') this.recordObligationTerms(agreementId, entry.state, domainEvent.data.version);
        if (mayChangeObligations(entry.state, domainEvent)) this.reconcileObligations(agreementId, entry, event);
    }
    recordObligationTerms(agreementId, state, version) {
        const terms = (0, _domain.findVersion)(state, version)?.terms;
        for (const { id, description, beneficiary, clause, costShare, recurrence } of terms?.obligations ?? []){
            this.sql.insertTerms.run(agreementId, version, id, JSON.stringify({
                description,
                beneficiary,
                clause,
                costShare,
                recurrence
            }));
        }
    }
    reconcileObligations(agreementId, entry, event) {
        const open = entry.open ??= this.openRowsOf(agreementId);
        const current = keyed((0, _domain.obligationRows)(entry.state));
        const { globalPosition: position } = event;
        const { recordedAt } = event.metadata;
        for (const [key, id] of open){
            if (current.has(key)) continue;
            this.sql.closeRow.run(position, recordedAt, id);
            open.delete(key);
            this.obligationsChangedAt = position;
        }
        for (const [key, row] of current){
            if (open.has(key)) continue;
            this.obligationsChangedAt = position;
            const id = this.nextRowId++;
            this.sql.insertRow.run(id, agreementId, row.kind, row.version, row.obligationId, row.type, row.partyId, row.partyType, row.role, row.validFrom, row.validTo, position, recordedAt);
            open.set(key, id);
        }
    }
    /** As the tables hold it; its open obligation rows are read when an event needs them. */ storedAgreement(agreementId) {
        const row = this.sql.agreement.get(agreementId);
        return row && {
            stateJson: row[0],
            revision: row[1],
            position: row[2]
        };
    }
    openRowsOf(agreementId) {
        const rows = this.sql.openRowsOf.all(agreementId);
        return withUniqueKey(rows.map(([id, version, obligationId, partyId, role, validFrom, validTo])=>[
                obligationRowKey({
                    version,
                    obligationId,
                    partyId,
                    role,
                    validFrom,
                    validTo
                }),
                id
            ]));
    }
};
/**
 * Only versions in force yield obligation rows, so drafts, revisions and reviews never change them; a decision
 * or signature matters only for a party that joins an in-force version after its entry into force.
 */ function mayChangeObligations(state, event) {
    switch(event.type){
        case 'VersionEnteredIntoForce':
        case 'PartyJoined':
        case 'PartyWithdrew':
        case 'AgreementTerminated':
            return state.inForce.length > 0;
        case 'BoardDecisionRecorded':
        case 'SignatureRecorded':
            return (0, _domain.joinsAfterEntryIntoForce)(state, event.data.version, event.data.partyId);
        default:
            return false;
    }
}
/**
 * The state the read side keeps per agreement: what statusOn, obligationRows and deadlinesOf read, without the
 * texts of decisions, signatures and review findings (a third of the size; the stream keeps them, and
 * GET /v1/agreements/{id} reads the stream). The property test checks that status, obligations and deadlines
 * derived from it equal those of the full fold.
 */ function readSideState(state) {
    return {
        ...state,
        versions: state.versions.map((version)=>({
                ...version,
                decisions: version.decisions.map(({ partyId, meetingDate, outcome, version: decided })=>({
                        partyId,
                        meetingDate,
                        outcome,
                        version: decided
                    })),
                signatures: version.signatures.map(({ partyId, signedOn, version: signed })=>({
                        partyId,
                        signedOn,
                        version: signed
                    }))
            })),
        reviews: state.reviews.map(({ year, heldOn, nextReviewDue })=>({
                year,
                heldOn,
                nextReviewDue
            }))
    };
}
/** What the tables hold for an agreement's parties and deadlines, as compared before rewriting them. */ function writtenOf(state) {
    const partyIds = partyIdsOf(state);
    const deadlineList = (0, _deadlinesof.deadlinesOf)(state);
    const deadlineTexts = deadlineList.map((deadline)=>JSON.stringify(deadline));
    return {
        partyIds,
        parties: partyIds.join('\n'),
        deadlineList,
        deadlineTexts,
        deadlines: deadlineTexts.join('\n')
    };
}
function partyIdsOf(state) {
    const ids = new Set();
    for (const version of state.versions)for (const party of version.terms.parties)ids.add(party.partyId);
    for (const join of state.joined)ids.add(join.partyId);
    return [
        ...ids
    ];
}
function prepare(db) {
    return {
        insertParty: db.prepare('INSERT INTO parties (party_id, name, type, business_id, municipality_code, member_ids, revision, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
        renameParty: db.prepare('UPDATE parties SET name = ? WHERE party_id = ?'),
        touchParty: db.prepare('UPDATE parties SET revision = ?, position = ? WHERE party_id = ?'),
        upsertPopulation: db.prepare('INSERT INTO party_populations (party_id, year, population, source) VALUES (?, ?, ?, ?) ' + 'ON CONFLICT (party_id, year) DO UPDATE SET population = excluded.population, source = excluded.source'),
        agreement: db.prepare('SELECT state, revision, position FROM agreements WHERE agreement_id = ?').raw(),
        openRowsOf: db.prepare('SELECT id, version, obligation_id, party_id, role, valid_from, valid_to ' + 'FROM obligations WHERE agreement_id = ? AND recorded_to_position IS NULL ORDER BY id').raw(),
        upsertAgreement: db.prepare('INSERT INTO agreements (agreement_id, kind, predecessor_id, state, revision, position) VALUES (?, ?, ?, ?, ?, ?) ' + 'ON CONFLICT (agreement_id) DO UPDATE SET kind = excluded.kind, predecessor_id = excluded.predecessor_id, ' + 'state = excluded.state, revision = excluded.revision, position = excluded.position'),
        deleteAgreementParties: db.prepare('DELETE FROM agreement_parties WHERE agreement_id = ?'),
        insertAgreementParty: db.prepare('INSERT INTO agreement_parties (agreement_id, party_id) VALUES (?, ?)'),
        deleteDeadlines: db.prepare('DELETE FROM deadlines WHERE agreement_id = ?'),
        insertDeadline: db.prepare('INSERT INTO deadlines (agreement_id, date, type, party_id, deadline) VALUES (?, ?, ?, ?, ?)'),
        insertRow: db.prepare('INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, ' + 'valid_from, valid_to, recorded_from_position, recorded_from_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
        lastRowId: db.prepare('SELECT COALESCE(MAX(id), 0) FROM obligations').pluck(),
        insertTerms: db.prepare('INSERT OR IGNORE INTO obligation_terms (agreement_id, version, obligation_id, terms) VALUES (?, ?, ?, ?)'),
        closeRow: db.prepare('UPDATE obligations SET recorded_to_position = ?, recorded_to_at = ? WHERE id = ?'),
        // Read by ReadModelQueries: what any position from here on knows of obligations is what this position knew.
        setMeta: db.prepare(_schema.SET_META_SQL)
    };
}

//# sourceMappingURL=registry-projector.js.map