import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { ProjectionRunner } from '@pacta/projections';
import type { Request, Response } from 'express';
import { Observable, from, switchMap } from 'rxjs';
import { isPublic } from '../auth/access';
import { ProblemException, fieldProblem } from '../http/problem';
import { integerQuery } from '../http/query-params';

export const MIN_POSITION_WAIT_MS = 5000;

/**
 * Read-your-writes. A query waits until the read models include every write this instance acknowledged before the
 * query arrived, and with `?minPosition=` (a position another instance answered with) that position too: at most
 * MIN_POSITION_WAIT_MS, then it gives up with 503 and Retry-After. The public health probe never waits: a probe
 * that hangs behind a slow projection would take the instance out of service.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'GET') return next.handle();
    const given = integerQuery(request.query?.minPosition, 'minPosition', { min: 0 });
    const acknowledged = this.store.lastAppendedPosition();
    const position = Math.max(given ?? 0, acknowledged);
    if (this.runner.position() >= position || isPublic(this.reflector, context)) return next.handle();
    const reached = position === acknowledged ? this.runner.waitFor(position, MIN_POSITION_WAIT_MS) : this.written(position);
    return from(reached).pipe(
      switchMap((reached) => {
        if (!reached) {
          context.switchToHttp().getResponse<Response>().setHeader('Retry-After', '1');
          throw new ProblemException({
            status: 503,
            code: 'read-models-behind',
            detail: `the read models are at position ${this.runner.position()}, not yet ${position}; try again shortly`,
            ...(position === given && { field: 'minPosition' }),
            extensions: { position: this.runner.position() },
          });
        }
        return next.handle();
      }),
    );
  }

  /** A position past the log's end was written by no one: waiting for it could only time out. */
  private async written(position: number): Promise<boolean> {
    const head = await this.store.headPosition();
    if (position > head) {
      throw fieldProblem(422, 'position-not-written', [{ field: 'minPosition', detail: `no write has reached position ${position}; the log ends at ${head}` }]);
    }
    return this.runner.waitFor(position, MIN_POSITION_WAIT_MS);
  }
}
