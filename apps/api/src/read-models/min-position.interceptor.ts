import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { ProjectionRunner } from '@pacta/projections';
import type { Request, Response } from 'express';
import { Observable, from, switchMap } from 'rxjs';
import { ProblemException, fieldProblem } from '../http/problem';
import { integerQuery } from '../http/query-params';

export const MIN_POSITION_WAIT_MS = 5000;

/**
 * Read-your-writes: a GET with `?minPosition=` (the position a command answered with) waits until the read
 * models include it, at most MIN_POSITION_WAIT_MS, then gives up with 503 and Retry-After.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'GET') return next.handle();
    const position = integerQuery(request.query?.minPosition, 'minPosition', { min: 0 });
    if (position === undefined) return next.handle();
    return from(this.reached(position)).pipe(
      switchMap((reached) => {
        if (!reached) {
          context.switchToHttp().getResponse<Response>().setHeader('Retry-After', '1');
          throw new ProblemException({
            status: 503,
            code: 'read-models-behind',
            detail: `the read models are at position ${this.runner.position()}, not yet ${position}; try again shortly`,
            field: 'minPosition',
            extensions: { position: this.runner.position() },
          });
        }
        return next.handle();
      }),
    );
  }

  /** A position past the log's end was written by no one: waiting for it could only time out. */
  private async reached(position: number): Promise<boolean> {
    if (this.runner.position() >= position) return true;
    const head = await this.store.headPosition();
    if (position > head) {
      throw fieldProblem(422, 'position-not-written', [{ field: 'minPosition', detail: `no write has reached position ${position}; the log ends at ${head}` }]);
    }
    return this.runner.waitFor(position, MIN_POSITION_WAIT_MS);
  }
}
