import { applyDecorators, HttpCode } from '@nestjs/common';
import { Access } from '../auth/access';
import { ApiJsonAnswer, ApiProblems, REPLAYED, WRITE } from '../openapi/answers';
import { CommandHeaders } from './command-context';

/**
 * What every route that records a fact shares: registrars only, 201 with the write's result (a replayed
 * Idempotency-Key answers the first one), the problems any write may meet and `problems`, and the Idempotency-Key
 * and If-Match headers. Who the registrar must act for is the route's own (ActsFor).
 */
export const RecordingRoute = (answered = 'Recorded', problems: number[] = [404, 409]) =>
  applyDecorators(
    ApiJsonAnswer(201, 'WriteResult', answered, REPLAYED),
    ApiProblems(...WRITE, ...problems),
    HttpCode(201),
    Access('registrar'),
    CommandHeaders(),
  );
