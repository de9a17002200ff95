import type { defaultMetadataStorage as TypeStorage } from 'class-transformer/types/storage';
import { getMetadataStorage } from 'class-validator';
import type { FieldProblem } from './problem';

// class-transformer keeps the @Type of nested fields in a storage its package index does not export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const typeStorage: typeof TypeStorage = require('class-transformer/cjs/storage').defaultMetadataStorage;

export type Dto = new () => object;

/** What the DTO decorators state about one property, read back from class-validator's own metadata. */
export interface FieldRule {
  required: boolean;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  /** The DTO of a nested object, or of each item of a nested list. */
  nested?: Dto;
}

const rulesCache = new WeakMap<Dto, Map<string, FieldRule>>();

export function fieldRulesOf(dto: Dto): Map<string, FieldRule> {
  const cached = rulesCache.get(dto);
  if (cached) return cached;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const rules = new Map<string, FieldRule>();
  for (const property of new Set(metadata.map((m) => m.propertyName))) {
    const own = metadata.filter((m) => m.propertyName === property);
    const constraint = (name: string) => own.find((m) => m.name === name)?.constraints?.[0] as number | undefined;
    rules.set(property, {
      required: own.some((m) => m.name === 'isPresent'),
      maxLength: constraint('maxLength'),
      maxItems: constraint('arrayMaxSize'),
      minimum: constraint('min'),
      maximum: constraint('max'),
      nested: typeStorage.findTypeMetadata(dto, property)?.typeFunction() as Dto | undefined,
    });
  }
  rulesCache.set(dto, rules);
  return rules;
}

/**
 * The lists of a plain body that hold more items than their DTO allows, found before the body is turned into
 * DTO instances: a list far over its limit must cost no more than reading it.
 */
export function listsOverLimit(dto: Dto, body: unknown, parent = ''): FieldProblem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const problems: FieldProblem[] = [];
  for (const [property, rule] of fieldRulesOf(dto)) {
    const value = (body as Record<string, unknown>)[property];
    const field = parent ? `${parent}.${property}` : property;
    if (Array.isArray(value) && rule.maxItems !== undefined && value.length > rule.maxItems) {
      problems.push({ field, detail: `${field} must contain no more than ${rule.maxItems} elements` });
    } else if (rule.nested && Array.isArray(value)) {
      value.forEach((item, index) => problems.push(...listsOverLimit(rule.nested!, item, `${field}[${index}]`)));
    } else if (rule.nested) {
      problems.push(...listsOverLimit(rule.nested, value, field));
    }
  }
  return problems;
}
