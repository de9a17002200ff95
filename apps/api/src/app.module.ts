import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { EventStore } from '@pacta/event-store';
import { Clock, KeyRing, RegistryModule, logTreeFileIn, systemClock } from '@pacta/registry';
import type { NoteSigner } from '@pacta/transparency';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AgreementsController } from './agreements/agreements.controller';
import { AuditController } from './audit/audit.controller';
import { TransparencyController } from './audit/transparency.controller';
import { AccessGuard, Authenticator } from './auth/access';
import { OidcTokens } from './auth/oidc-tokens';
import { Config } from './config';
import { HealthController } from './health/health.controller';
import { Drain } from './http/drain';
import { FailedKeysPerAddress, RateLimitPerKey } from './http/rate-limit';
import { withoutKey } from './http/redact-url';
import { PartiesController } from './parties/parties.controller';
import { AgreementQueriesController } from './agreements/agreement-queries.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { ObligationsController } from './obligations/obligations.controller';
import { PartyQueriesController } from './parties/party-queries.controller';
import { ProgrammesController } from './programmes/programmes.controller';
import { MinPositionInterceptor } from './read-models/min-position.interceptor';
import { SnapshotsController } from './snapshots/snapshots.controller';

export interface AppOptions {
  config: Config;
  store: EventStore;
  keys: KeyRing;
  logSigner: NoteSigner;
  clock?: Clock;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

@Module({})
export class AppModule {
  static with({ config, store, keys, logSigner, clock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RegistryModule.forRoot({
          store,
          clock,
          readModelsFile: config.readModelsFile,
          snapshotFormsDir: join(config.dataDir, 'snapshot-forms'),
          transparencyLog: { file: logTreeFileIn(config.dataDir), signer: logSigner, origin: config.transparencyLog.origin },
        }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The line per request is written at info; above that level, skip the bookkeeping that leads to it.
            autoLogging: ['trace', 'debug', 'info'].includes(config.logLevel),
            genReqId: (request, response) => {
              const given = request.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              response.setHeader('X-Request-Id', id);
              return id;
            },
            // Keys are secrets: neither the header nor any echo of it may reach a log line.
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
            serializers: { req: (req) => ({ id: req.id, method: req.method, url: withoutKey(req.url) }) },
          },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }],
          skipIf: () => config.rateLimitPerMinute === 0,
        }),
      ],
      controllers: [
        HealthController,
        PartiesController,
        AgreementsController,
        AuditController,
        TransparencyController,
        PartyQueriesController,
        ProgrammesController,
        ObligationsController,
        AgreementQueriesController,
        DeadlinesController,
        SnapshotsController,
      ],
      providers: [
        { provide: KeyRing, useValue: keys },
        {
          provide: Authenticator,
          useValue: new Authenticator(
            keys,
            new FailedKeysPerAddress(config.failedKeysPerMinute),
            config.oidc && new OidcTokens(config.oidc, () => (clock ?? systemClock).now()),
          ),
        },
        Drain,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitPerKey },
        { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
      ],
    };
  }
}
