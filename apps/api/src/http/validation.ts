import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, fieldProblem } from './problem';

/** `parties.1.partyId` as a reader of the request body writes it: `parties[1].partyId`. */
function fieldPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
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

/** Unknown fields are refused rather than dropped: a typo must not silently lose a fact. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => fieldProblem(422, 'invalid-request', flatten(errors)),
});
