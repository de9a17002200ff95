import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ProjectionRunner, readModelsFileOf } from '@pacta/projections';
import { RegistryModule, seedRegistry } from '@pacta/registry';
import { CliCommand, parseOptions } from '../command';
import { dataDirOf, openEventStore } from '../data-dir';

export const seedCommand: CliCommand = {
  name: 'seed',
  usage: 'seed',
  summary: 'load the agreements of seeds 000–003 through the registry commands; running it again changes nothing',
  async run(args, env) {
    parseOptions(args, {});
    const dataDir = dataDirOf(env);
    const store = await openEventStore(env, { create: true });
    const readModelsFile = readModelsFileOf(dataDir, env);
    try {
      const app = await NestFactory.createApplicationContext(RegistryModule.forRoot({ store, readModelsFile }), { logger: false });
      try {
        const report = await seedRegistry(app.get(CommandBus));
        await app.get(ProjectionRunner).waitFor(report.position, 30_000);
        console.error(
          `seeded ${dataDir}: ${report.written} commands recorded, ${report.replayed} already applied` +
            (report.skipped.length ? `, left alone (made outside the seed): ${report.skipped.join(', ')}` : '') +
            `; log position ${report.position}`,
        );
      } finally {
        await app.close();
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
