import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
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
