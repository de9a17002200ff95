import type Database from 'better-sqlite3';
import { openReadModelsDb } from '../engine/read-models-db';
import { AgreementQueries } from './agreements/agreement-queries';
import { DeadlineQueries } from './deadlines/deadline-queries';
import { ObligationQueries } from './obligations/obligation-queries';
import { PartyQueries } from './parties/party-queries';
import { ProgrammeQueries } from './programmes/programme-queries';

/**
 * The read models' queries, one per read model, through a connection of their own: in WAL mode a reader sees the
 * last committed batch, and keeps seeing the previous read models while a rebuild is under way.
 */
export class ReadModelQueries {
  readonly parties: PartyQueries;
  readonly agreements: AgreementQueries;
  readonly obligations: ObligationQueries;
  readonly deadlines: DeadlineQueries;
  readonly programmes: ProgrammeQueries;

  constructor(private readonly db: Database.Database) {
    this.parties = new PartyQueries(db);
    this.agreements = new AgreementQueries(db);
    this.obligations = new ObligationQueries(db);
    this.deadlines = new DeadlineQueries(db);
    this.programmes = new ProgrammeQueries(db, this.agreements);
  }

  static open(file: string): ReadModelQueries {
    return new ReadModelQueries(openReadModelsDb(file));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
