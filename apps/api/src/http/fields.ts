import { applyDecorators } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';
import { ID_PATTERN, WELL_FORMED_TEXT_MESSAGE, calendarDateProblem, isWellFormedText, selector, source, type NumberRange } from '@pacta/domain';

/**
 * One decorator per kind of field, so each DTO property states its validation and its OpenAPI shape once.
 * `optional` fields may be absent; `nullable` ones may also be null, and `nullMeans` says what null stands for.
 * The validation pipe stops at a field's first failed check, so an absent required field is told only that.
 */
interface FieldOptions {
  optional?: boolean;
  nullable?: boolean;
  nullMeans?: string;
  description?: string;
  example?: unknown;
}

function presence({ optional, nullable, nullMeans }: FieldOptions): PropertyDecorator[] {
  if (optional) return [IsOptional()];
  const required = IsPresent(nullable ? `$property is required; null means ${nullMeans ?? 'none'}` : '$property is required');
  return nullable ? [ValidateIf((_, value) => value !== null), required] : [required];
}

function api(options: FieldOptions, schema: Record<string, unknown>): PropertyDecorator {
  return ApiProperty({
    required: !options.optional,
    nullable: options.nullable,
    description: options.description,
    example: options.example,
    ...schema,
  });
}

export const ID_PATTERN_TEXT = 'lowercase letters, digits and inner hyphens, 1–64 characters';

export const IdField = (options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { type: String, pattern: ID_PATTERN.source }),
    ...presence(options),
    IsString(),
    Matches(ID_PATTERN, { message: `$property must be an id: ${ID_PATTERN_TEXT}` }),
  );

export const TextField = (maxLength: number, options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { type: String, maxLength }),
    ...presence(options),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
    IsWellFormedText(),
  );

export const EnumField = (values: readonly string[], options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { enum: values }),
    ...presence(options),
    IsIn(values as string[], { message: `$property must be one of: ${values.join(', ')}` }),
  );

export const IntField = ({ min, max }: NumberRange, options: FieldOptions = {}) =>
  applyDecorators(api(options, { type: Number, minimum: min, maximum: max }), ...presence(options), IsInt(), Min(min), Max(max));

export const BooleanField = (options: FieldOptions = {}) =>
  applyDecorators(api(options, { type: Boolean }), ...presence(options), IsBoolean());

export const DateField = (options: FieldOptions = {}) =>
  applyDecorators(api(options, { type: String, format: 'date', example: '2026-01-01' }), ...presence(options), IsCalendarDate());

export const TextListField = (maxItems: number, maxLength: number, options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { type: [String] }),
    ...presence(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
    IsWellFormedText({ each: true }),
  );

export const IdListField = (maxItems: number, options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { type: [String] }),
    ...presence(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    Matches(ID_PATTERN, { each: true, message: `each of $property must be an id: ${ID_PATTERN_TEXT}` }),
  );

export const NestedField = (type: () => new () => object, options: FieldOptions & { maxItems?: number } = {}) => {
  const many = options.maxItems !== undefined;
  return applyDecorators(
    api(options, { type: many ? [type()] : type() }),
    ...presence(options),
    ...(many ? [IsArray(), ArrayMaxSize(options.maxItems!)] : [IsObjectLike()]),
    ValidateNested({ each: many }),
    Type(type),
  );
};

/** A field whose shape a domain schema defines, such as a selector or a snapshot's scope: checked by that schema. */
export const SchemaField = (
  schema: { safeParse(value: unknown): { success: boolean } },
  message: string,
  apiSchema: Record<string, unknown>,
  options: FieldOptions = {},
) =>
  applyDecorators(
    api(options, apiSchema),
    ...presence(options),
    Satisfies('matchesSchema', message, (value) => schema.safeParse(value).success),
  );

export const SelectorField = (options: FieldOptions = {}) =>
  SchemaField(
    selector,
    '$property must be "all", {"partyId": id}, {"partyType": type} or {"role": role}',
    {
      oneOf: [
        { type: 'object', properties: { partyId: { type: 'string' } }, required: ['partyId'] },
        { type: 'object', properties: { partyType: { type: 'string' } }, required: ['partyType'] },
        { type: 'object', properties: { role: { type: 'string' } }, required: ['role'] },
        { type: 'string', enum: ['all'] },
      ],
    },
    options,
  );

/**
 * A source given as text (as a population's statistic always could be) or as a document and reference. The text's
 * limits are registered under class-validator's own names, so the DTO states them as a text field does.
 */
export const TextOrSourceField = (maxLength: number, sourceDto: () => new () => object, options: FieldOptions = {}) =>
  applyDecorators(
    api(options, { oneOf: [{ type: 'string', maxLength }, { $ref: getSchemaPath(sourceDto()) }] }),
    ...presence(options),
    Satisfies('maxLength', `$property must be a text of at most ${maxLength} characters or a {document, reference} source`, (value) =>
      typeof value === 'string' ? value.trim().length > 0 && value.length <= maxLength : source.safeParse(value).success,
      { constraints: [maxLength] },
    ),
    Satisfies('isWellFormedText', `$property ${WELL_FORMED_TEXT_MESSAGE}`, (value) => typeof value !== 'string' || isWellFormedText(value)),
  );

/** A class-validator check from a predicate: for the rules class-validator has no decorator of its own for. */
export function Satisfies(
  name: string,
  message: string,
  test: (value: unknown) => boolean,
  options?: ValidationOptions & { constraints?: unknown[] },
): PropertyDecorator {
  const { constraints, ...validationOptions } = options ?? {};
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      constraints,
      options: { message, ...validationOptions },
      validator: { validate: test },
    });
}

const IsPresent = (message: string) => Satisfies('isPresent', message, (value) => value !== undefined);

const IsCalendarDate = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isCalendarDate',
    target: target.constructor,
    propertyName: propertyName as string,
    validator: {
      validate: (value) => calendarDateProblem(value) === undefined,
      defaultMessage: (args) => `${args?.property} ${calendarDateProblem(args?.value)}`,
    },
  });

const IsWellFormedText = (options?: ValidationOptions) =>
  Satisfies('isWellFormedText', `$property ${WELL_FORMED_TEXT_MESSAGE}`, isWellFormedText, options);

const IsObjectLike = () =>
  Satisfies('isObjectLike', '$property must be an object', (value) => typeof value === 'object' && value !== null && !Array.isArray(value));
