import type { ReadModelSchema } from '../../engine/read-model-schema';

export const programmesSchema: ReadModelSchema = {
  name: 'programmes',
  version: 1,
  create: `
CREATE TABLE programmes (
  programme_id  TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  title         TEXT NOT NULL,
  host_party_id TEXT NOT NULL,
  source        TEXT,
  revision      INTEGER NOT NULL,
  position      INTEGER NOT NULL
);
-- In the order recorded: seq is the declining event's log position.
CREATE TABLE programme_declines (
  programme_id TEXT NOT NULL,
  party_id     TEXT NOT NULL,
  decided_on   TEXT,
  source       TEXT,
  assumed      TEXT,
  seq          INTEGER NOT NULL,
  PRIMARY KEY (programme_id, party_id)
);
-- The agreements drafted as one of a programme; their parties and status are read from the agreements read model.
CREATE TABLE programme_agreements (
  programme_id TEXT NOT NULL,
  agreement_id TEXT NOT NULL,
  PRIMARY KEY (programme_id, agreement_id)
);`,
};
