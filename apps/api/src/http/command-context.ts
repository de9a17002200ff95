import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { canonicalJson } from '@pacta/event-store';
import { CommandContext } from '@pacta/registry';
import { createHash, randomUUID } from 'node:crypto';
import { AuthenticatedRequest } from '../auth/access';
import { fieldProblem } from './problem';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

function expectedRevision(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(header.trim());
  if (!match) throw fieldProblem(400, 'invalid-if-match', [{ field: 'If-Match', detail: 'must be a revision in quotes, e.g. "3"' }]);
  return Number(match[1]);
}

/** Who is asking, the revision they saw and their idempotency key, gathered from the request's headers. */
export const Context = createParamDecorator((_: unknown, execution: ExecutionContext): CommandContext => {
  const request = execution.switchToHttp().getRequest<AuthenticatedRequest>();
  const key = request.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw fieldProblem(400, 'invalid-idempotency-key', [{ field: 'Idempotency-Key', detail: 'must be 1–200 visible ASCII characters' }]);
  }
  return {
    actor: request.caller!.actor,
    role: request.caller!.role,
    parties: request.caller!.parties,
    ownerOnState: request.ownerOnState,
    // The request id the log lines carry, so an event leads back to its request.
    correlationId: request.id ? String(request.id) : randomUUID(),
    expectedRevision: expectedRevision(request.header('if-match')),
    // Only a replay compares request hashes; without a key nothing is recorded to compare against.
    ...(key !== undefined && {
      idempotency: {
        key,
        requestHash: createHash('sha256')
          .update(`${request.method} ${request.path}\n${canonicalJson(request.body ?? null)}`)
          .digest('hex'),
      },
    }),
  };
});

export const CommandHeaders = () =>
  applyDecorators(
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Apply at most once; a replay returns the first answer' }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      schema: { type: 'string', pattern: '^(W/)?"\\d{1,15}"$' },
      description: 'The revision (ETag) the change was made against; another one is a 412 and nothing is written',
    }),
  );
