import type { SqlConnection } from '../../engine/sql-connection';
import type { ProgrammeChanges } from './project';

/** Writes a programme event's row changes with prepared statements, inside the engine's transaction. */
export class ProgrammeWriter {
  private readonly sql;

  constructor(db: SqlConnection) {
    this.sql = {
      insert: db.prepare(
        'INSERT INTO programmes (programme_id, kind, title, host_party_id, source, revision, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      decline: db.prepare(
        'INSERT INTO programme_declines (programme_id, party_id, decided_on, source, assumed, seq) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      touch: db.prepare('UPDATE programmes SET revision = ?, position = ? WHERE programme_id = ?'),
      agreement: db.prepare('INSERT OR IGNORE INTO programme_agreements (programme_id, agreement_id) VALUES (?, ?)'),
    };
  }

  write({ insert, decline, touch }: ProgrammeChanges): void {
    if (insert) {
      const { programmeId, kind, title, hostPartyId, source, revision, position } = insert;
      this.sql.insert.run(programmeId, kind, title, hostPartyId, source, revision, position);
    }
    if (decline) {
      const { programmeId, partyId, decidedOn, source, assumed, seq } = decline;
      this.sql.decline.run(programmeId, partyId, decidedOn, source, assumed, seq);
    }
    if (touch) this.sql.touch.run(touch.revision, touch.position, touch.programmeId);
  }

  writeAgreement({ programmeId, agreementId }: { programmeId: string; agreementId: string }): void {
    this.sql.agreement.run(programmeId, agreementId);
  }
}
