import { NUMBER_RANGES, TEXT_LIMITS, correctionRequest, source } from '@pacta/domain';
import type { Source } from '@pacta/domain';
import { IntField, NestedField, Satisfies, SchemaField, TextField } from '../http/fields';

/** Where a recorded fact comes from. */
export class SourceDto implements Source {
  @TextField(TEXT_LIMITS.sourceDocument, { example: 'Kunnanhallituksen pöytäkirja 3.11.2025' }) document!: string;
  @TextField(TEXT_LIMITS.sourceReference, { example: 'KHALL 03.11.2025 § 331' }) reference!: string;
  @TextField(TEXT_LIMITS.url, { optional: true, description: 'an http or https address of the document' })
  @Satisfies('isWebAddress', '$property must be an http or https address', (value) => source.shape.url.safeParse(value).success)
  url?: string;
  @SchemaField(source.shape.sha256, '$property must be 64 lowercase hex digits', { type: 'string', pattern: '^[0-9a-f]{64}$' }, { optional: true })
  sha256?: string;
  @IntField(NUMBER_RANGES.page, { optional: true }) page?: number;
}

/** Marks a fact the documents do not state; the note says what is unknown. */
export class AssumedDto {
  @TextField(TEXT_LIMITS.assumedNote, { example: 'the minutes do not give the signing date' }) note!: string;
}

/** The optional provenance of every recording request. */
export class ProvenanceDto {
  @NestedField(() => SourceDto, { optional: true, description: 'the document and place the fact rests on' }) source?: SourceDto;
  @NestedField(() => AssumedDto, { optional: true, description: 'present when the documents do not state the fact' }) assumed?: AssumedDto;
}

/** A correction of a recorded fact: the whole corrected data of the event, or a retraction of it. */
export class CorrectionDto {
  @SchemaField(correctionRequest.shape.eventId, '$property must be the id of an event of this stream', { type: 'string', format: 'uuid' }, {
    description: 'the event corrected, as its history lists it',
  })
  eventId!: string;
  @TextField(TEXT_LIMITS.reason, { example: 'the section was mistyped; the minutes say § 331' }) reason!: string;
  @NestedField(() => SourceDto, { optional: true, description: 'the document the correction rests on' }) source?: SourceDto;
  @SchemaField(correctionRequest.shape.replacement, '$property must be an object: the event data as it should have been', { type: 'object', additionalProperties: true }, {
    optional: true,
    description: "the corrected data, in the same shape as the original event's data",
  })
  replacement?: Record<string, unknown>;
  @SchemaField(correctionRequest.shape.retract, '$property must be true', { type: 'boolean', enum: [true] }, { optional: true, description: 'true: the fact was never so' })
  retract?: true;
}
