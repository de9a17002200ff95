import type { NextFunction, Request, Response } from 'express';
import { AGREEMENT_STATUSES, ID_PATTERN, NUMBER_RANGES, OBLIGATION_TYPES, agreementKind, calendarDateProblem } from '@pacta/domain';
import type { KnownAt } from '@pacta/projections';
import { fieldProblem } from './problem';

/** Query parameters of every read route: each parser answers a 400 naming the parameter it refuses. */
const invalid = (field: string, detail: string) => fieldProblem(400, 'invalid-query', [{ field, detail }]);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function dateQuery(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  const problem = calendarDateProblem(value);
  if (problem) throw invalid(field, problem);
  return value as string;
}

/** `knownAt` (recorded time): a global log position, or an RFC 3339 instant with its offset; absent means now. */
export function knownAtQuery(value: unknown, field = 'knownAt'): KnownAt | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return { position: Number(value) };
  if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return { instant: new Date(value).toISOString() };
  }
  throw invalid(field, 'must be a log position (e.g. 42) or an instant with an offset (e.g. 2026-01-15T12:00:00Z)');
}

/** A non-negative integer of at most 15 digits, at least `min`. */
export function integerQuery(value: unknown, field: string, { min, fallback }: { min: number; fallback?: number }): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value) || Number(value) < min) {
    throw invalid(field, `must be an integer of at least ${min}`);
  }
  return Number(value);
}

export function oneOfQuery<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw invalid(field, `must be one of: ${allowed.join(', ')}`);
  return value as T;
}

export const obligationTypeQuery = (value: unknown) => oneOfQuery(value, 'type', OBLIGATION_TYPES);
export const statusQuery = (value: unknown) => oneOfQuery(value, 'status', AGREEMENT_STATUSES);

export function kindQuery(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !agreementKind.safeParse(value).success) throw invalid('kind', 'must be a lowercase kind such as family-centre');
  return value;
}

export function idQuery(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) throw invalid(field, 'must be an id: lowercase letters, digits and inner hyphens');
  return value;
}

export function yearQuery(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  const { min, max } = NUMBER_RANGES.year;
  if (typeof value !== 'string' || !/^\d{4}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw invalid(field, `must be a year ${min}–${max}`);
  }
  return Number(value);
}

/**
 * Express 5 parses the query string again each time `req.query` is read, and a request reads it once for every
 * `@Query` parameter, for the read-your-writes interceptor and for the log line: the obligation routes parsed it
 * nine times. Parsed here once, and kept on the request.
 */
export function queryParsedOnce(request: Request, _response: Response, next: NextFunction): void {
  Object.defineProperty(request, 'query', { value: request.query, writable: true, enumerable: true, configurable: true });
  next();
}
