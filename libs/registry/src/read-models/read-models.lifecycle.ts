import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';
import { TransparencyLog } from '../transparency-log/transparency-log';

/**
 * The API answers queries only once the read models have caught up with the log. On shutdown — after the server
 * has finished the requests in flight — the runner checkpoints and stops, so does the transparency log's tree, and
 * then the store closes.
 */
@Injectable()
export class ReadModelsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModels');

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(TransparencyLog) private readonly transparencyLog: TransparencyLog | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    this.logger.log(`read models at position ${this.runner.position()} (${this.runner.file})`);
    if (this.transparencyLog) {
      await this.transparencyLog.start();
      this.logger.log(`transparency log at tree size ${this.transparencyLog.tree.size} (${this.transparencyLog.tree.file})`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.transparencyLog?.stop();
    this.queries.close();
    await this.store.close();
  }
}
