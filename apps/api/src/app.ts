import { DynamicModule, INestApplication, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { EventStore, SqliteEventStore, connectEventStoreDb } from '@pacta/event-store';
import { Clock, KeyRing, keysFileIn, ACCESS_ROLES, AccessRole, newKey, readKeysFile, writeKeysFile, openLogSigner } from '@pacta/registry';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { Config } from './config';
import { Authenticator, keyBeforeBody } from './auth/access';
import { jsonBodies } from './http/body-parsing';
import { queryParsedOnce } from './http/query-params';
import { ProblemFilter } from './http/problem';
import { ReplayHeader } from './http/replay-header';
import { validationPipe } from './http/validation';
import { Drain } from './http/drain';
import { openApiDocument } from './openapi/document';

export interface Pacta {
  app: INestApplication;
  /** Keys created on this start because none were configured: shown once, then only their hashes remain. */
  createdKeys: { role: AccessRole; key: string }[];
}

/** A fresh install must be secured without a setup step: one key per role, kept only as hashes. */
async function ensureKeys(config: Config): Promise<{ role: AccessRole; key: string }[]> {
  const file = keysFileIn(config.dataDir);
  if (config.apiKeys.length > 0 || readKeysFile(file).keys.some((k) => !k.revokedAt)) return [];
  const created = ACCESS_ROLES.map((role) => newKey(role));
  writeKeysFile(file, { keys: await Promise.all(created.map((c) => c.stored)) });
  return created.map((c, i) => ({ role: ACCESS_ROLES[i], key: c.key }));
}

async function openStore(config: Config): Promise<EventStore> {
  if (config.eventStore === 'sqlite') return SqliteEventStore.open(join(config.dataDir, 'events.db'));
  if (config.eventStore === 'eventstoredb' && config.eventStoreConnectionString) {
    return connectEventStoreDb(config.eventStoreConnectionString);
  }
  throw new Error(`the ${config.eventStore} store is not available in this build`);
}

/**
 * Everything between the socket and the controllers: logger, headers, body parsing, validation, problem+json, docs.
 * Exported so the benchmark's app (the production modules plus its baseline routes) runs behind the same edge.
 */
function applyEdge(app: NestExpressApplication): void {
  app.use(app.get(Drain).refuseWhenDraining);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Express would hash every answer for a weak ETag; single resources set their own (the revision), lists need none.
  app.set('etag', false);
  app.use(helmet());
  app.use(queryParsedOnce);
  app.use(keyBeforeBody(app.get(Authenticator)));
  app.use(jsonBodies);
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalInterceptors(new ReplayHeader());
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'openapi.json' });
}

export interface PactaOptions {
  clock?: Clock;
  /** Wraps the production module, as the benchmark does to add its baseline routes behind the same edge. */
  around?: (production: DynamicModule) => DynamicModule;
}

export async function createPacta(config: Config, { clock, around = (production) => production }: PactaOptions = {}): Promise<Pacta> {
  mkdirSync(config.dataDir, { recursive: true });
  const createdKeys = await ensureKeys(config);
  const store = await openStore(config);
  const keysLog = new NestLogger('Keys');
  const keys = new KeyRing(config.apiKeys, keysFileIn(config.dataDir), (message) => keysLog.error(message));
  const logSigner = openLogSigner({ dataDir: config.dataDir, ...config.transparencyLog });
  const app = await NestFactory.create<NestExpressApplication>(around(AppModule.with({ config, store, keys, logSigner, clock })), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  applyEdge(app);
  return { app, createdKeys };
}
