import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { seedRegistry } from '@pacta/registry';
import { createPacta } from './app';
import { ConfigError, loadConfig } from './config';

async function main() {
  const config = loadConfig(process.env);
  const { app, createdKeys } = await createPacta(config);
  if (createdKeys.length) {
    console.log('\nNo API keys were configured, so Pacta created one per role. They are shown only this once;');
    console.log(`only their hashes are kept, in ${config.dataDir}/keys.json:\n`);
    for (const { role, key } of createdKeys) console.log(`  ${role.padEnd(9)} ${key}`);
    console.log('');
  }
  await app.listen(config.port);
  const logger = new Logger('Pacta');
  if (process.argv.includes('--demo') || process.env.PACTA_DEMO === '1') {
    const seeded = await seedRegistry(app.get(CommandBus));
    logger.log(`demo: the seed agreements are loaded (${seeded.written} commands recorded, log position ${seeded.position})`);
  }
  logger.log(`listening on port ${config.port}, data in ${config.dataDir}, store ${config.eventStore}`);

  // Stop taking connections, let requests in flight finish, checkpoint the read models, close the store.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing requests in flight, then stopping`);
    const deadline = setTimeout(() => {
      logger.error('requests in flight did not finish within 15 s; stopping anyway');
      process.exit(1);
    }, 15_000);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
