import { TEXT_LIMITS } from '@pacta/domain';
import { IsOptional, Matches, Max, Min, IsInt } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { TextField } from './fields';

/** Where a recorded fact comes from (the domain's `source`). */
export class SourceDto {
  @TextField(TEXT_LIMITS.sourceDocument, { example: '002_a8f13f1475d46feb.txt' }) document!: string;
  @TextField(TEXT_LIMITS.sourceReference, { example: 'KHALL 03.11.2025 § 331' }) reference!: string;
  @TextField(TEXT_LIMITS.url, { optional: true, description: 'a public address of the document' }) url?: string;
  @ApiProperty({ required: false, pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the document, lowercase hex' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be 64 lowercase hex digits' })
  sha256?: string;
  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100_000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;
}

/** A fact the documents do not state, recorded because the case needs it (the domain's `assumed`). */
export class AssumedDto {
  @TextField(TEXT_LIMITS.assumedNote, { example: 'the document gives no date for the decision' }) note!: string;
}
