"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "SpilledAgreements", {
    enumerable: true,
    get: function() {
        return SpilledAgreements;
    }
});
let SpilledAgreements = class SpilledAgreements {
    constructor(db){
        this.db = db;
        db.exec('CREATE TEMP TABLE IF NOT EXISTS spilled_agreements ' + '(agreement_id TEXT PRIMARY KEY, state TEXT NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL, open TEXT NOT NULL)');
        // One transaction for the whole rebuild, where each write would otherwise be one (a journal made and deleted):
        // it takes no lock on the read-model file, only the temporary table is written.
        db.exec('BEGIN');
        this.sql = {
            put: db.prepare('INSERT OR REPLACE INTO temp.spilled_agreements (agreement_id, state, revision, position, open) VALUES (?, ?, ?, ?, ?)'),
            take: db.prepare('SELECT state, revision, position, open FROM temp.spilled_agreements WHERE agreement_id = ?').raw()
        };
    }
    put(agreementId, agreement) {
        this.sql.put.run(agreementId, agreement.stateJson, agreement.revision, agreement.position, JSON.stringify([
            ...agreement.open
        ]));
    }
    /** The agreement as last put; it stays here (to be replaced when it leaves memory again), as deleting costs more. */ take(agreementId) {
        const row = this.sql.take.get(agreementId);
        if (!row) return undefined;
        return {
            stateJson: row[0],
            revision: row[1],
            position: row[2],
            open: new Map(JSON.parse(row[3]))
        };
    }
    /** Forgets every agreement, and frees the table's pages, once the rebuild is over, committed or not. */ clear() {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.db.exec('DROP TABLE IF EXISTS temp.spilled_agreements');
    }
};

//# sourceMappingURL=spilled-agreements.js.map