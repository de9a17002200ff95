import { KnownAt } from '@pacta/registry';
import { fieldProblem } from './problem';

const POSITION = /^\d{1,15}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `knownAt` (recorded time): a global log position, or an RFC 3339 instant with its offset. */
export function knownAtQuery(value: unknown, name = 'knownAt'): KnownAt | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && POSITION.test(value)) return { position: Number(value) };
  if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return { instant: new Date(value).toISOString() };
  }
  throw fieldProblem(400, 'invalid-query', [
    { field: name, detail: 'must be a log position (e.g. 42) or an instant with an offset (e.g. 2026-01-15T12:00:00Z)' },
  ]);
}

/** A positive or non-negative integer query parameter of at most 15 digits. */
export function integerQuery(value: unknown, name: string, { min, fallback }: { min: number; fallback?: number }): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value) || Number(value) < min) {
    throw fieldProblem(400, 'invalid-query', [{ field: name, detail: `must be an integer of at least ${min}` }]);
  }
  return Number(value);
}
