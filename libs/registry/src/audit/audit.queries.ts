import { Inject, Optional } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, StoredEvent } from '@pacta/event-store';
import { envelopeOf } from './envelope';
import { exportNdjson } from './export-log';
import { LogVerification, VerifyOptions, verifyLog } from './verify-log';
import { checkCheckpoint } from '../transparency-log/checkpoint-audit';
import { TransparencyLog } from '../transparency-log/transparency-log';

export interface LogPage {
  events: StoredEvent[];
  /** The `after` that reads the next page; null when this page reached the head of the log. */
  next: number | null;
}

export class GetLog extends Query<LogPage> {
  constructor(
    readonly after: number,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(GetLog)
export class GetLogHandler implements IQueryHandler<GetLog> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ after, limit }: GetLog): Promise<LogPage> {
    const events = (await this.store.readAll(after, limit)).map(envelopeOf);
    const last = events.at(-1)?.globalPosition;
    const next = last !== undefined && events.length === limit && last < (await this.store.headPosition()) ? last : null;
    return { events, next };
  }
}

export class VerifyLog extends Query<LogVerification> {
  constructor(
    readonly options: VerifyOptions = {},
    /** A checkpoint saved earlier (its tree size and root): the log must still give that root. */
    readonly checkpoint?: { size: number; root: Buffer },
  ) {
    super();
  }
}

@QueryHandler(VerifyLog)
export class VerifyLogHandler implements IQueryHandler<VerifyLog> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(TransparencyLog) private readonly transparencyLog: TransparencyLog | null,
  ) {}

  async execute({ options, checkpoint }: VerifyLog): Promise<LogVerification> {
    const verified = await verifyLog(this.store, options);
    if (!checkpoint) return verified;
    const checkpointCheck = await checkCheckpoint(this.store, checkpoint, this.transparencyLog?.tree);
    return { ...verified, ok: verified.ok && checkpointCheck.match, checkpointCheck };
  }
}

/** The whole log as NDJSON chunks, read lazily: nothing is read until the caller pulls. */
export class ExportLog extends Query<AsyncIterable<string>> {}

@QueryHandler(ExportLog)
export class ExportLogHandler implements IQueryHandler<ExportLog> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<AsyncIterable<string>> {
    return exportNdjson(this.store);
  }
}
