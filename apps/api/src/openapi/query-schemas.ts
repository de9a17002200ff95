import { ApiQuery } from '@nestjs/swagger';
import { ID_PATTERN } from '@pacta/domain';

/** The OpenAPI side of the parsers in http/query-params.ts: the same shapes, for clients. */
export const DATE = { type: 'string', format: 'date' } as const;
export const KIND = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,40}$' } as const;
export const ID = { type: 'string', pattern: ID_PATTERN.source } as const;
export const YEAR = { type: 'integer', minimum: 1900, maximum: 2200 } as const;
export const KNOWN_AT = {
  oneOf: [
    { type: 'integer', minimum: 0, description: 'a log position' },
    { type: 'string', format: 'date-time', description: 'an RFC 3339 instant with its offset' },
  ],
};

export const ApiKnownAt = (description: string) => ApiQuery({ name: 'knownAt', required: false, schema: KNOWN_AT, description });
