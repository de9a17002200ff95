import { z } from 'zod';
import { eventEnvelope } from '../agreements/agreement.responses';
import type { LogPage, LogVerification } from '@pacta/registry';
import { documenting, named, position, sha256Hex } from '../openapi/schemas';

named(
  'LogPage',
  documenting<LogPage>()(z.strictObject({
    events: z.array(eventEnvelope),
    next: position.nullable().describe('the `after` that reads the next page; null when this page reached the head of the log'),
  })),
  'A page of the whole log, in global order.',
);

const BREAK_REASONS = [
  'hash-mismatch',
  'prev-hash-mismatch',
  'revision-gap',
  'position-not-increasing',
  'not-canonicalizable',
  'out-of-order',
  'unreadable',
] as const;

named(
  'LogVerification',
  documenting<LogVerification>()(z.strictObject({
    ok: z.boolean().describe('no broken event and, when a heads digest was given, it matched'),
    streams: z.number().int().min(0),
    events: z.number().int().min(0),
    position: position.describe('the global position of the last event verified; 0 for an empty log'),
    heads: sha256Hex.describe('the digest of every stream head: record it with position to detect truncation later'),
    broken: z
      .array(
        z.strictObject({
          streamId: z.string(),
          streamRevision: z.number().int().min(0),
          globalPosition: position,
          reason: z.enum(BREAK_REASONS),
          detail: z.string(),
        }),
      )
      .describe('the first broken event of each broken stream'),
    headsCheck: z
      .strictObject({ position, expected: sha256Hex, actual: sha256Hex, match: z.boolean() })
      .optional()
      .describe('with ?heads=: the digest given against the one recomputed at its position'),
  })),
  'The hash chain of every stream, checked from the first event.',
);
