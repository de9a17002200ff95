import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { listsOverLimit, type Dto } from './dto-rules';
import { FieldProblem, fieldProblem } from './problem';

const MAX_KEY_SHOWN = 64;

/** A key as the client sent it, cut short: an unknown key is named, not echoed at any length. */
function shown(property: string): string {
  return property.length > MAX_KEY_SHOWN ? `${property.slice(0, MAX_KEY_SHOWN)}…` : property;
}

/** `parties.1.partyId` as a reader of the request body writes it: `parties[1].partyId`. */
function fieldPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${shown(property)}` : shown(property);
}

export function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = fieldPath(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((detail) => ({
      field,
      detail: detail.startsWith('property ') ? `unknown field ${field} is not allowed` : detail.replace(error.property, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

type Storage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<Storage['getTargetValidationMetadatas']>;
type Target = Parameters<Storage['getTargetValidationMetadatas']>[0];

/**
 * class-validator finds a DTO's rules by filtering its whole storage (the class and every parent) and grouping them by
 * property, for every object of every body. The rules change only when a decorator adds one, so each lookup is kept
 * until then: the same arrays, read only, that class-validator would have made again.
 */
function keepRuleLookups(storage = getMetadataStorage()): void {
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  const found = new Map<string, Map<Target, Rules>>();
  const grouped = new WeakMap<Rules, ReturnType<Storage['groupByPropertyName']>>();
  storage.addValidationMetadata = (metadata) => {
    found.clear();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups?.length) return lookUp(target, schema, always, strictGroups, groups);
    const options = `${schema}\n${always}\n${strictGroups}`;
    let byTarget = found.get(options);
    if (!byTarget) found.set(options, (byTarget = new Map()));
    let rules = byTarget.get(target);
    if (!rules) byTarget.set(target, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) grouped.set(rules, (byProperty = group(rules)));
    return byProperty;
  };
}

keepRuleLookups();

/** A list over its size limit is refused before any of its items is turned into a DTO or validated. */
class ListsFirstValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata)) {
      const overLimit = listsOverLimit(metadata.metatype as Dto, value);
      if (overLimit.length) throw fieldProblem(422, 'invalid-request', overLimit);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Unknown fields are refused rather than dropped: a typo must not silently lose a fact. A field's checks stop at
 * its first failure, so an absent field is told it is required and nothing more.
 */
export const validationPipe = new ListsFirstValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => fieldProblem(422, 'invalid-request', flatten(errors)),
});
