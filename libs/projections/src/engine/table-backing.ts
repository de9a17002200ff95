import { AGREEMENT_BY_ID_SQL, type StoredAgreementRow } from '../read-models/agreements/read-side-state';
import { openRowsStatement } from '../read-models/obligations/obligation-writer';
import type { AgreementBacking, StoredAgreement } from './agreement-states';
import type { SqlConnection } from './sql-connection';

/**
 * Agreements outside memory while following: the read-model tables hold them already, as written with the batch.
 * An agreement is parsed only when an event needs it, and its open obligation rows read only when one may change them.
 */
export class TableBacking implements AgreementBacking {
  readonly keepsWrittenJson = false;
  private readonly agreement;
  readonly openRowsOf: (agreementId: string) => Map<string, number>;

  constructor(db: SqlConnection) {
    this.agreement = db.prepare(AGREEMENT_BY_ID_SQL).raw();
    this.openRowsOf = openRowsStatement(db);
  }

  load(agreementId: string): StoredAgreement | undefined {
    const row = this.agreement.get(agreementId) as StoredAgreementRow | undefined;
    return row && { stateJson: row[0], termsJson: row[1], revision: row[2], position: row[3] };
  }

  release(): void {}
}
