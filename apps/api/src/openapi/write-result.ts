import { z } from 'zod';
import type { WriteResult } from '@pacta/registry';
import { documenting, named, position } from './schemas';

named(
  'WriteResult',
  documenting<Omit<WriteResult, 'replayed'>>()(z.strictObject({
    id: z.string().describe('the id of the party or agreement written'),
    revision: z.number().int().min(0).describe("the stream's revision after the write: its new ETag"),
    position: position.describe('the log position of the last event written; a read on another instance can wait for it with minPosition'),
  })),
  'An acknowledged write. A replayed Idempotency-Key answers the first body again, with the header Idempotent-Replayed: true.',
);
