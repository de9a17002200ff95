import type { ReadModelSchema } from '../../engine/read-model-schema';

export const deadlinesSchema: ReadModelSchema = {
  name: 'deadlines',
  version: 1,
  create: `
CREATE TABLE deadlines (
  agreement_id TEXT NOT NULL,
  date         TEXT NOT NULL,
  type         TEXT NOT NULL,
  party_id     TEXT,
  deadline     TEXT NOT NULL
);
CREATE INDEX deadlines_by_agreement_g$generation ON deadlines (agreement_id);
CREATE INDEX deadlines_by_date_g$generation ON deadlines (date);`,
};
