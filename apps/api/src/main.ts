import 'reflect-metadata';
import { Logger } from '@nestjs/common';
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
  new Logger('Pacta').log(`listening on port ${config.port}, data in ${config.dataDir}, store ${config.eventStore}`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
