import type { ReadModelSchema } from '../../engine/read-model-schema';

export const agreementsSchema: ReadModelSchema = {
  name: 'agreements',
  version: 3,
  create: `
CREATE TABLE agreements (
  agreement_id   TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  predecessor_id TEXT,
  state          TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  position       INTEGER NOT NULL
);
-- Each version's terms, written once (a new draft writes a row, a decision none): the state holds them as null.
CREATE TABLE agreement_terms (
  agreement_id TEXT NOT NULL,
  version      INTEGER NOT NULL,
  terms        TEXT NOT NULL,
  PRIMARY KEY (agreement_id, version)
);
CREATE TABLE agreement_parties (
  agreement_id TEXT NOT NULL,
  party_id     TEXT NOT NULL,
  PRIMARY KEY (agreement_id, party_id)
);
CREATE INDEX agreement_parties_by_party_g$generation ON agreement_parties (party_id);
CREATE INDEX agreements_by_predecessor_g$generation ON agreements (predecessor_id);`,
};
