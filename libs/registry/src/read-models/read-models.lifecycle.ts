import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';

/** The API answers queries only once the read models have caught up with the log, and stops them before the store closes. */
@Injectable()
export class ReadModelsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReadModels');

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly queries: ReadModelQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    this.logger.log(`read models at position ${this.runner.position()} (${this.runner.file})`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    this.queries.close();
  }
}
