import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, map } from 'rxjs';

/** Every write's answer (WriteResult, SnapshotReceipt) carries `replayed` when it replays an earlier one. */
const isReplayable = (value: unknown): value is { replayed?: boolean } => typeof value === 'object' && value !== null && 'replayed' in value;

/** A replayed Idempotency-Key answers with the first body, byte for byte; only a header tells it was a replay. */
@Injectable()
export class ReplayHeader implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result) => {
        if (!isReplayable(result)) return result;
        const { replayed, ...answer } = result;
        if (replayed) context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        return answer;
      }),
    );
  }
}
