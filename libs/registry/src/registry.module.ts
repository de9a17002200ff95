import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { AgreementRepository } from './agreements/agreement.repository';
import { GetAgreementEventsHandler, GetAgreementHandler } from './agreements/agreement.queries';
import { ChangeAgreementHandler } from './agreements/change-agreement';
import { ExportLogHandler, GetLogHandler, VerifyLogHandler } from './audit/audit.queries';
import { CLOCK, Clock, systemClock } from './clock/clock';
import { ChangePartyHandler } from './parties/change-party';
import { GetPartyHandler } from './parties/party.queries';
import { PartyRepository } from './parties/party.repository';

export interface RegistryOptions {
  store: EventStore;
  clock?: Clock;
}

@Module({})
export class RegistryModule {
  static forRoot({ store, clock = systemClock }: RegistryOptions): DynamicModule {
    return {
      module: RegistryModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        AgreementRepository,
        PartyRepository,
        ChangeAgreementHandler,
        ChangePartyHandler,
        GetAgreementHandler,
        GetAgreementEventsHandler,
        GetPartyHandler,
        GetLogHandler,
        VerifyLogHandler,
        ExportLogHandler,
      ],
      exports: [EVENT_STORE, CLOCK, CqrsModule],
    };
  }
}
