import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from './problem';

/**
 * Closing the server refuses new connections, but a client on a kept-alive connection could go on sending
 * requests and hold the shutdown open. From the first shutdown hook on, such a request is refused (it was never
 * acted on, so no acknowledged write is lost) and its connection closed; requests already in flight finish.
 */
@Injectable()
export class Drain implements OnModuleDestroy {
  private draining = false;

  onModuleDestroy(): void {
    this.draining = true;
  }

  readonly refuseWhenDraining = (request: Request, response: Response, next: NextFunction): void => {
    if (!this.draining) return next();
    response.setHeader('Connection', 'close');
    response.setHeader('Retry-After', '1');
    sendProblem(response, request, { status: 503, code: 'shutting-down', detail: 'This instance is stopping; nothing was done. Try again.' });
  };
}
