import { AGREEMENT_STATUSES, ID_PATTERN, OBLIGATION_TYPES, agreementKind } from '@pacta/domain';
import type { KnownAt } from '@pacta/projections';
import { fieldProblem } from '../http/problem';

const invalid = (field: string, detail: string) => fieldProblem(400, 'invalid-query', [{ field, detail }]);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `knownAt`: a log position (whole number) or an ISO instant with its offset; absent means as known now. */
export function knownAtQuery(value: unknown): { knownAt?: KnownAt; echo?: number | string } {
  if (value === undefined) return {};
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return { knownAt: { position: Number(value) }, echo: Number(value) };
  if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    const instant = new Date(value).toISOString();
    return { knownAt: { instant }, echo: instant };
  }
  throw invalid('knownAt', 'must be a log position (e.g. 42) or an ISO instant with offset (e.g. 2022-01-01T00:00:00Z)');
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
  if (typeof value !== 'string' || !/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) {
    throw invalid(field, 'must be a year 1900–2200');
  }
  return Number(value);
}
