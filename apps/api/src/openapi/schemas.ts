import { calendarDate } from '@pacta/domain';
import { z } from 'zod';

/**
 * The answers' body schemas, written in zod beside the domain's own zod schemas they reuse (terms, events,
 * localized text), and turned into the document's components once, when the document is built. Each answer
 * schema is closed (strict) unless its shape is open by design, so an undocumented field fails the e2e harness.
 */
export const answerSchemas = z.registry<{ id: string; description?: string }>();

/** Registers `schema` as the component `id` and returns it, so answer files read as a list of named shapes. */
export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  answerSchemas.add(schema, { id, ...(description && { description }) });
  return schema;
}

/**
 * Ties an answer schema to the type its handler returns: if the type gains a required field or renames one, the
 * schema no longer describes it and does not compile. (A field the type gains as optional is caught by the e2e
 * harness instead, since the schemas are closed.)
 */
export const documenting =
  <T>() =>
  <S extends z.ZodType<T>>(schema: S): S =>
    schema;

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export const position = z.number().int().min(0);
export const instant = z.iso.datetime({ offset: true });
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const SAFE_BOUND = Number.MAX_SAFE_INTEGER;

type JsonSchema = Record<string, unknown>;

/** zod's JSON Schema says every integer is within ±2^53; that is what JSON numbers are anyway, so it is noise here. */
function withoutSafeIntegerBounds(schema: JsonSchema): void {
  if (schema.minimum === -SAFE_BOUND) delete schema.minimum;
  if (schema.maximum === SAFE_BOUND) delete schema.maximum;
}

/**
 * OpenAPI 3.0's `nullable` only widens a `type`, so a nullable union (e.g. a nullable selector) says it on each member
 * that has a type; validators and linters reject `nullable` without one.
 */
function nullableUnionForOpenApi30(schema: JsonSchema): void {
  if (schema.nullable !== true || schema.type !== undefined || !Array.isArray(schema.anyOf)) return;
  schema.anyOf = (schema.anyOf as JsonSchema[]).map((member) => (member.type === 'object' ? { ...member, nullable: true } : member));
  delete schema.nullable;
}

export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(answerSchemas, {
    target: 'openapi-3.0',
    io: 'output',
    uri: (id) => ref(id).$ref,
    override: ({ zodSchema, jsonSchema }) => {
      // The domain checks a date with a function, which JSON Schema cannot carry: name its format instead.
      if (zodSchema === calendarDate) Object.assign(jsonSchema, { format: 'date' });
      withoutSafeIntegerBounds(jsonSchema as JsonSchema);
      nullableUnionForOpenApi30(jsonSchema as JsonSchema);
    },
  });
  for (const schema of Object.values(schemas)) {
    delete (schema as JsonSchema).$schema;
    delete (schema as JsonSchema).$id;
  }
  return schemas as Record<string, JsonSchema>;
}
