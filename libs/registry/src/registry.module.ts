import { DynamicModule, Logger, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { AgreementRepository } from './agreements/agreement.repository';
import { GetAgreementEventsHandler, GetAgreementHandler } from './agreements/agreement.queries';
import { ChangeAgreementHandler } from './agreements/change-agreement';
import { ExportLogHandler, GetLogHandler, VerifyLogHandler } from './audit/audit.queries';
import { CLOCK, Clock, systemClock } from './clock/clock';
import { ChangePartyHandler } from './parties/change-party';
import { CorrectAgreementFactHandler, CorrectPartyFactHandler } from './corrections/correct-fact';
import { GetPartyHandler } from './parties/party.queries';
import { PartyRepository } from './parties/party.repository';
import { ChangeProgrammeHandler } from './programmes/change-programme';
import { GetProgrammeCostSharesHandler, GetProgrammeHandler, ListProgrammesHandler } from './programmes/programme.queries';
import { ProgrammeRepository } from './programmes/programme.repository';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';
import { READ_MODEL_QUERY_HANDLERS } from './read-models/read-model.queries';
import { ReadModelsLifecycle } from './read-models/read-models.lifecycle';
import { SNAPSHOT_FORMS_DIR, SNAPSHOT_PROVIDERS } from './snapshots/snapshot.handlers';
import { TransparencyLog, type TransparencyLogOptions } from './transparency-log/transparency-log';

const READ_MODELS_LOG = new Logger('ReadModels');
const TRANSPARENCY_LOG = new Logger('TransparencyLog');

export interface RegistryOptions {
  store: EventStore;
  clock?: Clock;
  /** The read-model SQLite file (readModelsFileOf): the runner starts on bootstrap and stops on shutdown. */
  readModelsFile: string;
  /** Where rendered snapshot forms are kept; without it, snapshots are generated but their forms not served. */
  snapshotFormsDir?: string;
  /** The transparency log over the whole log (its file, signing key and origin); the service has one, tools may not. */
  transparencyLog?: TransparencyLogOptions;
}

@Module({})
export class RegistryModule {
  static forRoot({ store, clock = systemClock, readModelsFile, snapshotFormsDir, transparencyLog }: RegistryOptions): DynamicModule {
    return {
      module: RegistryModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        { provide: SNAPSHOT_FORMS_DIR, useValue: snapshotFormsDir ?? null },
        AgreementRepository,
        PartyRepository,
        ProgrammeRepository,
        ChangeAgreementHandler,
        ChangeProgrammeHandler,
        ChangePartyHandler,
        CorrectAgreementFactHandler,
        CorrectPartyFactHandler,
        GetAgreementHandler,
        GetAgreementEventsHandler,
        GetPartyHandler,
        GetLogHandler,
        VerifyLogHandler,
        ExportLogHandler,
        {
          provide: ProjectionRunner,
          // Through Nest's logger, so a stalled projection is a structured log line like every other.
          useFactory: () => new ProjectionRunner(store, { file: readModelsFile, log: (message) => READ_MODELS_LOG.warn(message) }),
        },
        {
          provide: TransparencyLog,
          useFactory: () => (transparencyLog ? new TransparencyLog(store, { ...transparencyLog, log: (message) => TRANSPARENCY_LOG.warn(message) }) : null),
        },
        // Its own connection, opened after the runner has created the tables.
        { provide: ReadModelQueries, useFactory: () => ReadModelQueries.open(readModelsFile), inject: [ProjectionRunner] },
        ReadModelsLifecycle,
        ...READ_MODEL_QUERY_HANDLERS,
        ListProgrammesHandler,
        GetProgrammeHandler,
        GetProgrammeCostSharesHandler,
        ...SNAPSHOT_PROVIDERS,
      ],
      exports: [EVENT_STORE, CLOCK, CqrsModule, ProjectionRunner, ReadModelQueries, TransparencyLog],
    };
  }
}
