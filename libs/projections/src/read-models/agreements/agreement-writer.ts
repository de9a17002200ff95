import type { SqlConnection } from '../../engine/sql-connection';
import type { AgreementChanges } from './project';

/** Writes an agreement's row changes with prepared statements, inside the engine's transaction. */
export class AgreementWriter {
  private readonly sql;

  constructor(db: SqlConnection) {
    this.sql = {
      upsert: db.prepare(
        'INSERT INTO agreements (agreement_id, kind, predecessor_id, state, revision, position) VALUES (?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (agreement_id) DO UPDATE SET kind = excluded.kind, predecessor_id = excluded.predecessor_id, ' +
          'state = excluded.state, revision = excluded.revision, position = excluded.position',
      ),
      upsertTerms: db.prepare(
        'INSERT INTO agreement_terms (agreement_id, version, terms) VALUES (?, ?, ?) ' +
          'ON CONFLICT (agreement_id, version) DO UPDATE SET terms = excluded.terms',
      ),
      deleteParties: db.prepare('DELETE FROM agreement_parties WHERE agreement_id = ?'),
      insertParty: db.prepare('INSERT INTO agreement_parties (agreement_id, party_id) VALUES (?, ?)'),
    };
  }

  write({ upsert, terms, parties }: AgreementChanges): void {
    const { agreementId, kind, predecessorId, state, revision, position } = upsert;
    this.sql.upsert.run(agreementId, kind, predecessorId, state, revision, position);
    for (const row of terms) this.sql.upsertTerms.run(row.agreementId, row.version, row.terms);
    if (parties) {
      if (parties.replace) this.sql.deleteParties.run(parties.agreementId);
      for (const partyId of parties.partyIds) this.sql.insertParty.run(parties.agreementId, partyId);
    }
  }
}
