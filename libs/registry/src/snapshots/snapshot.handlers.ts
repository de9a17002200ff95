import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { TransparencyLog } from '../transparency-log/transparency-log';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { CommandContext } from '../streams/command-context';
import { SnapshotForms } from './snapshot-forms';
import { SnapshotForm, SnapshotReceipt, SnapshotRecord, SnapshotRequest, Snapshots } from './snapshots';

/** The directory where rendered snapshot forms are kept (the service's: `snapshot-forms` in its data directory). */
export const SNAPSHOT_FORMS_DIR = Symbol('SNAPSHOT_FORMS_DIR');

const SNAPSHOTS_LOG = new Logger('Snapshots');

@Injectable()
export class SnapshotService extends Snapshots {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) clock: Clock,
    @Inject(SNAPSHOT_FORMS_DIR) formsDir: string | null,
    @Optional() @Inject(TransparencyLog) transparencyLog: TransparencyLog | null,
  ) {
    super(store, clock, formsDir ? new SnapshotForms(formsDir, (message) => SNAPSHOTS_LOG.log(message)) : undefined, transparencyLog?.signing);
  }
}

export class GenerateStatusSnapshot extends Command<SnapshotReceipt> {
  constructor(
    readonly request: SnapshotRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(GenerateStatusSnapshot)
export class GenerateStatusSnapshotHandler implements ICommandHandler<GenerateStatusSnapshot> {
  constructor(private readonly snapshots: SnapshotService) {}
  execute({ request, context }: GenerateStatusSnapshot): Promise<SnapshotReceipt> {
    return this.snapshots.generate(request, context);
  }
}

export class GetSnapshot extends Query<SnapshotRecord | undefined> {
  constructor(readonly snapshotId: string) {
    super();
  }
}

@QueryHandler(GetSnapshot)
export class GetSnapshotHandler implements IQueryHandler<GetSnapshot> {
  constructor(private readonly snapshots: SnapshotService) {}
  execute({ snapshotId }: GetSnapshot): Promise<SnapshotRecord | undefined> {
    return this.snapshots.find(snapshotId);
  }
}

export class RenderSnapshot extends Query<{ record: SnapshotRecord; file: string }> {
  constructor(
    readonly snapshotId: string,
    readonly form: SnapshotForm,
  ) {
    super();
  }
}

@QueryHandler(RenderSnapshot)
export class RenderSnapshotHandler implements IQueryHandler<RenderSnapshot> {
  constructor(private readonly snapshots: SnapshotService) {}
  execute({ snapshotId, form }: RenderSnapshot): Promise<{ record: SnapshotRecord; file: string }> {
    return this.snapshots.render(snapshotId, form);
  }
}

export const SNAPSHOT_PROVIDERS = [SnapshotService, GenerateStatusSnapshotHandler, GetSnapshotHandler, RenderSnapshotHandler];
