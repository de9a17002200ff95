import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { KeyRing, keysFileIn } from '@pacta/registry';
import { applyEdge, openStore } from '../../apps/api/src/app';
import { AppModule } from '../../apps/api/src/app.module';
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
  const config = loadConfig(process.env);
  const store = await openStore(config);
  const keys = new KeyRing(config.apiKeys, keysFileIn(config.dataDir));
  const app = await NestFactory.create<NestExpressApplication>(BenchAppModule.with(AppModule.with({ config, store, keys })), {
    bodyParser: false,
    bufferLogs: true,
  });
  applyEdge(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async (message) => {
    if (message === 'stop') {
      await app.close();
      await store.close();
      process.exit(0);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
