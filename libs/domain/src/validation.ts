import { z } from 'zod';
import { CALENDAR_DATE_MESSAGE, DATE_RANGE_MESSAGE } from './calendar/dates';
import { DomainError, InvalidCalendarDate } from './errors';

export type InvalidFieldError = (detail: string, field: string) => DomainError;

/**
 * Parses with a zod schema and turns the first issue into the domain error of the rule it breaks,
 * so callers get a 422 naming the field instead of a zod error.
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, invalid: InvalidFieldError): T {
  const result = schema.safeParse(input);
  if (result.success) return withoutUndefined(result.data);
  const issue = result.error.issues[0];
  const field = fieldPath(issue.path);
  const detail = `${field || 'input'}: ${issue.message}`;
  if (issue.message === CALENDAR_DATE_MESSAGE || issue.message === DATE_RANGE_MESSAGE) throw new InvalidCalendarDate(detail, field);
  throw invalid(detail, field);
}

/** ['parties', 1, 'partyId'] → 'parties[1].partyId' */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === 'number') return `${joined}[${key}]`;
    return joined ? `${joined}.${String(key)}` : String(key);
  }, '');
}

/** Optional fields left undefined are dropped, so events serialise (and hash) the same before and after a round trip. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutUndefined(field)])) as T;
}
