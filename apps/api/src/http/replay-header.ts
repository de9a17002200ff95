import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { WriteResult } from '@pacta/registry';
import type { Response } from 'express';
import { Observable, map } from 'rxjs';

const isWriteResult = (value: unknown): value is WriteResult =>
  typeof value === 'object' && value !== null && 'revision' in value && 'position' in value;

/** A replayed Idempotency-Key answers with the first body, byte for byte; only a header tells it was a replay. */
@Injectable()
export class ReplayHeader implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result) => {
        if (!isWriteResult(result)) return result;
        const { replayed, ...answer } = result;
        if (replayed) context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        return answer;
      }),
    );
  }
}
