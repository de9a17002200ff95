import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';

/**
 * The API answers queries only once the read models have caught up with the log. On shutdown — after the server
 * has finished the requests in flight — the runner checkpoints and stops, and then the store closes.
 */
@Injectable()
export class ReadModelsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModels');

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    this.logger.log(`read models at position ${this.runner.position()} (${this.runner.file})`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    this.queries.close();
    await this.store.close();
  }
}
