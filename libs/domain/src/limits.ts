import { DATE_RANGE } from './calendar/dates';

/**
 * Every size and range the registry accepts, stated once. The zod schemas of the domain and the DTOs of the HTTP
 * layer both read these, so the API cannot promise what the domain refuses. Where the two had drifted, the tighter
 * value was kept: it is the one the API enforced in effect, so no recorded event exceeds it.
 */
export const TEXT_LIMITS = {
  /** A party's name or an agreement's title, per language. */
  localizedText: 500,
  reason: 500,
  meeting: 500,
  action: 500,
  populationSource: 500,
  /** The board that decided, e.g. kunnanhallitus. */
  decisionBody: 200,
  /** A preparer, presenter, or a signatory's name or title. */
  person: 200,
  snapshotTitle: 200,
  diaryNumber: 100,
  locationName: 200,
  /** What gives a body its competence, e.g. hallintosääntö § 23 kohta 7. */
  approvalBasis: 300,
  section: 50,
  clause: 50,
  note: 5_000,
  sourceDocument: 300,
  sourceReference: 300,
  url: 2_000,
  assumedNote: 1_000,
  proposal: 10_000,
  /** Formats: the length is checked before the format is. */
  municipalityCode: 3,
  businessId: 9,
} as const;

/** The most items a list may hold; checked before any item is. */
export const LIST_LIMITS = {
  parties: 500,
  obligations: 200,
  memberIds: 500,
  findings: 5_000,
  actions: 100,
  locations: 200,
} as const;

const firstYear = Number(DATE_RANGE.first.slice(0, 4));
const lastYear = Number(DATE_RANGE.last.slice(0, 4));

export interface NumberRange {
  min: number;
  max: number;
}

export const NUMBER_RANGES = {
  year: { min: firstYear, max: lastYear },
  population: { min: 0, max: 100_000_000 },
  voteCount: { min: 0, max: 1_000 },
  version: { min: 1, max: 100_000 },
  /** A page of a source document. */
  page: { min: 1, max: 100_000 },
  /** Which year's population a cost share uses, relative to the billed year. */
  populationYearOffset: { min: -5, max: 0 },
  logPosition: { min: 1, max: Number.MAX_SAFE_INTEGER },
} as const satisfies Record<string, NumberRange>;
