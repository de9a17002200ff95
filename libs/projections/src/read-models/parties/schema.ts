import type { ReadModelSchema } from '../../engine/read-model-schema';

export const partiesSchema: ReadModelSchema = {
  name: 'parties',
  version: 2,
  create: `
CREATE TABLE parties (
  party_id          TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  type              TEXT NOT NULL,
  business_id       TEXT,
  municipality_code TEXT,
  member_ids        TEXT NOT NULL,
  revision          INTEGER NOT NULL,
  position          INTEGER NOT NULL
);
CREATE TABLE party_populations (
  party_id   TEXT NOT NULL,
  year       INTEGER NOT NULL,
  population INTEGER NOT NULL,
  source     TEXT NOT NULL,
  assumed    TEXT,
  PRIMARY KEY (party_id, year)
);`,
};
