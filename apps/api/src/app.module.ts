import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventStore } from '@pacta/event-store';
import { Clock, KeyRing, RegistryModule } from '@pacta/registry';
import { AgreementsController } from './agreements/agreements.controller';
import { AccessGuard } from './auth/access';
import { HealthController } from './health/health.controller';
import { PartiesController } from './parties/parties.controller';

export interface AppOptions {
  store: EventStore;
  keys: KeyRing;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static with({ store, keys, clock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [RegistryModule.forRoot({ store, clock })],
      controllers: [HealthController, PartiesController, AgreementsController],
      providers: [{ provide: KeyRing, useValue: keys }, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
