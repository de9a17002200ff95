import type { ReadModelSchema } from '../../engine/read-model-schema';

/**
 * The meta key holding the position of the last event that inserted or closed an obligation row: obligations known at
 * any later position (up to the checkpoint) are those known at it, so an answer made for it can be given again.
 * Written by ObligationWriter, read by ObligationQueries.
 */
export const OBLIGATIONS_CHANGED_AT = 'obligations-changed-at';

export const obligationsSchema: ReadModelSchema = {
  name: 'obligations',
  version: 6,
  // One row per obliged party and stretch of valid time (a once obligation's stretch after its due date is a row of
  // its own); what the terms say (description, beneficiary, clause, cost share, due date, place) is stored once per
  // agreement version and obligation in obligation_terms.
  create: `
CREATE TABLE obligations (
  id                     INTEGER PRIMARY KEY,
  agreement_id           TEXT NOT NULL,
  kind                   TEXT NOT NULL,
  version                INTEGER NOT NULL,
  obligation_id          TEXT NOT NULL,
  type                   TEXT NOT NULL,
  party_id               TEXT NOT NULL,
  party_type             TEXT NOT NULL,
  role                   TEXT NOT NULL,
  valid_from             TEXT NOT NULL,
  valid_to               TEXT,
  assumed                INTEGER,
  recorded_from_position INTEGER NOT NULL,
  recorded_from_at       TEXT NOT NULL,
  recorded_to_position   INTEGER,
  recorded_to_at         TEXT
);
CREATE TABLE obligation_terms (
  agreement_id  TEXT NOT NULL,
  version       INTEGER NOT NULL,
  obligation_id TEXT NOT NULL,
  terms         TEXT NOT NULL,
  PRIMARY KEY (agreement_id, version, obligation_id)
);
-- The engine reads an agreement's open rows through it when it takes the agreement back from the tables.
CREATE INDEX obligations_open_by_agreement_g$generation ON obligations (agreement_id) WHERE recorded_to_position IS NULL;
-- A party's page is found in this index alone, in listing order with valid and recorded time in it; a row is
-- read from the table only when its answer is not cached (ObligationQueries).
CREATE INDEX obligations_by_party_covering_g$generation ON obligations
  (party_id, agreement_id, version, obligation_id, valid_from, id, valid_to, recorded_from_position, recorded_to_position);
DELETE FROM meta WHERE key = '${OBLIGATIONS_CHANGED_AT}';`,
};
