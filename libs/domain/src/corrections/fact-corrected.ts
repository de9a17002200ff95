import { z } from 'zod';
import type { CalendarDate } from '../calendar/dates';
import type { EventOf } from '../event-of';
import { InvalidCorrection } from '../errors';
import { TEXT_LIMITS } from '../limits';
import { source, type Source } from '../provenance';
import { boundedText } from '../text';
import { parseOrThrow } from '../validation';

const eventData = z.record(z.string(), z.unknown());

/**
 * A correction or retraction of one recorded event, itself a new event: the original stays in the log untouched.
 * `was` is the corrected fact as it stood before (the original, or an earlier correction's replacement), so that
 * the correction can be applied to a state without the original at hand; `replacement` is the whole corrected data.
 */
export const factCorrectedData = z
  .strictObject({
    eventId: z.uuid(),
    correctedType: z.string().max(100),
    was: eventData,
    replacement: eventData.optional(),
    retracted: z.literal(true).optional(),
    /**
     * The fact's place among the facts of its kind (a version's decisions, the joins, …) when it was corrected: two
     * facts may read the same, and a read model that keeps only part of each must correct the same one.
     */
    index: z.number().int().min(0).optional(),
    reason: boundedText(TEXT_LIMITS.reason),
    source: source.optional(),
    /** Who corrected it, and when: the trail a reader sees beside the corrected fact. */
    correctedBy: boundedText(TEXT_LIMITS.person),
    correctedAt: z.iso.datetime({ offset: true }),
  })
  .refine((data) => (data.replacement === undefined) !== (data.retracted === undefined), 'a correction either replaces or retracts');
export type Correction = z.infer<typeof factCorrectedData>;
export type FactCorrected = EventOf<'FactCorrected', Correction>;

/** A correction as a client sends it, for any stream: replace the named event's data, or retract it. */
export const correctionRequest = z.strictObject({
  eventId: z.uuid(),
  reason: boundedText(TEXT_LIMITS.reason),
  source: source.optional(),
  replacement: eventData.optional(),
  retract: z.literal(true).optional(),
});

/** The command side of a correction, for any stream. */
export interface CorrectFactRequest {
  eventId: string;
  reason: string;
  source?: Source;
  replacement?: unknown;
  retract?: true;
}

export interface CorrectFactContext {
  today: CalendarDate;
  /** The instant the registry takes the correction, and the actor who sends it. */
  at: string;
  by: string;
  /** The event `eventId` names in this stream, as recorded; undefined when the stream holds none. */
  recorded?: { type: string; data: unknown };
}

/**
 * The data of the FactCorrected event a correction records: `replacement` undefined retracts the fact. `index` is the
 * fact's place among its kind, for a stream whose read models keep only part of each fact.
 */
export function correctionOf(
  command: CorrectFactRequest & CorrectFactContext,
  correctedType: string,
  was: Record<string, unknown>,
  replacement: Record<string, unknown> | undefined,
  index?: number,
): Correction {
  return parseOrThrow(
    factCorrectedData,
    {
      eventId: command.eventId,
      correctedType,
      was,
      replacement,
      retracted: replacement === undefined ? true : undefined,
      index,
      reason: command.reason,
      source: command.source,
      correctedBy: command.by,
      correctedAt: command.at,
    },
    (detail, field) => new InvalidCorrection(detail, field),
  );
}

/** The trail of one event's corrections, as the current views show it beside the corrected fact. */
export type CorrectionTrail = Correction[];

/** A correction either replaces or retracts. */
export function changeOf(request: CorrectFactRequest): { replacement: unknown } | { retract: true } {
  if (request.replacement !== undefined && request.retract !== undefined) {
    throw new InvalidCorrection('a correction either replaces the data or retracts it, not both', 'retract');
  }
  if (request.replacement !== undefined) return { replacement: request.replacement };
  if (request.retract === true) return { retract: true };
  throw new InvalidCorrection('a correction carries either a replacement or "retract": true', 'replacement');
}

/** The fact as it stands now: the last correction's replacement, else the recorded data; undefined once retracted. */
export function currentData(eventId: string, recorded: unknown, trail: readonly Correction[] | undefined): unknown {
  const last = trail?.filter((correction) => correction.eventId === eventId).at(-1);
  if (!last) return recorded;
  return last.retracted ? undefined : last.replacement;
}

/** Structural equality of JSON data, whatever the order of keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const [ak, bk] = [keysOf(a), keysOf(b)];
  return ak.length === bk.length && ak.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
