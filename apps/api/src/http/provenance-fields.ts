import { assumed, source } from '@pacta/domain';
import { SchemaField } from './fields';

/** A fact's source, checked whole by the domain's schema so the request and the event cannot disagree on it. */
export const SourceField = () =>
  SchemaField(
    source,
    '$property must be {"document": text, "reference": text} with optional url, sha256 (64 lowercase hex digits) and page',
    {
      type: 'object',
      properties: {
        document: { type: 'string' },
        reference: { type: 'string' },
        url: { type: 'string', format: 'uri' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        page: { type: 'integer', minimum: 1 },
      },
      required: ['document', 'reference'],
      additionalProperties: false,
    },
    { optional: true, description: 'the document and the place in it that state the fact' },
  );

export const AssumedField = () =>
  SchemaField(
    assumed,
    '$property must be {"note": text}',
    { type: 'object', properties: { note: { type: 'string' } }, required: ['note'], additionalProperties: false },
    { optional: true, description: 'the fact is not stated by a document; the note says what is unknown' },
  );
