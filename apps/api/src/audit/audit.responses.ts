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

const CHECKPOINT_BREAKS = ['truncated', 'deleted', 'rewritten', 'moved', 'root-mismatch'] as const;

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
    checkpointCheck: z
      .strictObject({
        match: z.boolean().describe("the log's first treeSize events, recomputed, give the checkpoint's root"),
        treeSize: z.number().int().min(0),
        expected: z.string().describe('the root the checkpoint signed, base64'),
        actual: z.string().nullable().describe("the root the log's first treeSize events give now; null when it holds fewer"),
        logSize: z.number().int().min(0).describe('events in the log now'),
        reason: z.enum(CHECKPOINT_BREAKS).optional(),
        detail: z.string().optional().describe('what broke: which event, and how'),
        leaf: z.number().int().min(0).optional().describe('the first leaf the log no longer gives as the service recorded it'),
      })
      .optional()
      .describe('with ?treeSize=&root=: the log against a checkpoint saved earlier'),
  })),
  'The hash chain of every stream, checked from the first event.',
);
