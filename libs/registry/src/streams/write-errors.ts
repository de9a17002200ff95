/** Errors of the write path that are not business rules: the HTTP layer maps them by `status`. */
export abstract class WriteError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly field?: string;
}

export class StaleRevision extends WriteError {
  readonly status = 412;
  readonly code = 'stale-revision';
  override readonly field = 'If-Match';
  constructor(readonly streamId: string, readonly expected: number, readonly actual: number) {
    super(`${streamId} is at revision ${actual}, not ${expected}`);
  }
}

export class IdempotencyKeyReused extends WriteError {
  readonly status = 422;
  readonly code = 'idempotency-key-reused';
  override readonly field = 'Idempotency-Key';
  constructor() {
    super('this Idempotency-Key was already used for a different request');
  }
}

export class ContendedStream extends WriteError {
  readonly status = 409;
  readonly code = 'contended-stream';
  constructor(readonly streamId: string, attempts: number) {
    super(`${streamId} changed under ${attempts} attempts in a row; try again`);
  }
}

/** A write that needs the read models (to check a rule across streams) found them behind the log for too long. */
export class ReadModelsBehind extends WriteError {
  readonly status = 503;
  readonly code = 'read-models-behind';
  constructor(position: number) {
    super(`the read models have not yet reached position ${position}; try again shortly`);
  }
}
