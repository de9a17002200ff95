import { z } from 'zod';

/** With the u flag a surrogate pair reads as one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export const WELL_FORMED_TEXT_MESSAGE = 'must be well-formed Unicode text (it holds a lone surrogate)';

/** A lone UTF-16 surrogate has no UTF-8 form, so text holding one could be neither hashed nor stored faithfully. */
export function isWellFormedText(value: unknown): boolean {
  return typeof value === 'string' && !LONE_SURROGATE.test(value);
}

/** Free text a person writes: not blank, at most `maxLength` characters once trimmed, and well-formed. */
export const boundedText = (maxLength: number) =>
  z.string().trim().min(1).max(maxLength).refine(isWellFormedText, WELL_FORMED_TEXT_MESSAGE);
