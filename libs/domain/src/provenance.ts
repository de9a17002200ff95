import { z } from 'zod';
import { NUMBER_RANGES, TEXT_LIMITS } from './limits';
import { boundedText } from './text';

/** Where a recorded fact comes from: the document and the place in it, e.g. "KHALL 03.11.2025 § 331". */
export const source = z.strictObject({
  document: boundedText(TEXT_LIMITS.sourceDocument),
  reference: boundedText(TEXT_LIMITS.sourceReference),
  /** Only web addresses: a snapshot links to it, and another scheme could run script there. */
  url: z
    .string()
    .max(TEXT_LIMITS.url)
    .url()
    .refine((url) => /^https?:\/\//i.test(url), 'must be an http or https address')
    .optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits').optional(),
  page: z.number().int().min(NUMBER_RANGES.page.min).max(NUMBER_RANGES.page.max).optional(),
});
export type Source = z.infer<typeof source>;

/** A fact the documents do not state, recorded because the case needs it; the note says what is unknown. */
export const assumed = z.strictObject({ note: boundedText(TEXT_LIMITS.assumedNote) });
export type Assumed = z.infer<typeof assumed>;

/** The two optional fields every recording command and its event carry. */
export const provenance = { source: source.optional(), assumed: assumed.optional() };
export interface Provenance {
  source?: Source;
  assumed?: Assumed;
}

/**
 * What a record may leave out only when it is marked assumed, since the documents do not say it: the body that made
 * an assumed decision, the person who signed an assumed signature. A fact the documents state names them.
 */
const STATED_UNLESS_ASSUMED: Record<string, string> = { BoardDecisionRecorded: 'body', SignatureRecorded: 'signatory' };

/** The field a fact of `type` leaves out without being marked assumed; undefined when it leaves out none. */
export function unstatedWithoutAssumption(type: string, data: Record<string, unknown>): string | undefined {
  const field = STATED_UNLESS_ASSUMED[type];
  return field !== undefined && data[field] === undefined && data.assumed === undefined ? field : undefined;
}

/** The provenance fields that are present, so a fact without them keeps its shape. */
export function provenanceOf({ source, assumed }: Provenance): Provenance {
  return { ...(source && { source }), ...(assumed && { assumed }) };
}
