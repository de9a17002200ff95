import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { createPacta } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
import { BaselineController } from './baseline.controller';

@Module({})
class BenchAppModule {
  static with(production: DynamicModule): DynamicModule {
    return { module: BenchAppModule, imports: [production], controllers: [BaselineController] };
  }
}

/** The production app plus the baseline routes, in one process; tells its parent the port once it listens. */
async function main() {
  const { app } = await createPacta(loadConfig(process.env), { around: BenchAppModule.with });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async (message) => {
    if (message === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
