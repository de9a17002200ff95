import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ProgrammeCommand } from '@pacta/domain';
import { EVENT_STORE, type EventStore } from '@pacta/event-store';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { ReadModelsBehind } from '../streams/write-errors';
import { ProgrammeRepository } from './programme.repository';

const READ_MODELS_WAIT_MS = 5000;

/** A programme command as the edge knows it: the registry adds today's date and whether the named party is registered. */
export type ProgrammeRequest = DistributiveOmit<ProgrammeCommand, 'today' | 'hostRegistered' | 'partyRegistered' | 'bindingAgreementIds'>;

export class ChangeProgramme extends Command<WriteResult> {
  constructor(
    readonly request: ProgrammeRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeProgramme)
export class ChangeProgrammeHandler implements ICommandHandler<ChangeProgramme> {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly parties: PartyRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly readModels: ReadModelQueries,
  ) {}

  async execute({ request, context }: ChangeProgramme): Promise<WriteResult> {
    const today = registryDate(this.clock.now());
    const partyId = request.type === 'RegisterProgramme' ? request.hostPartyId : request.partyId;
    const registered = Object.hasOwn(await this.parties.typesOf([partyId]), partyId);
    const command: ProgrammeCommand =
      request.type === 'RegisterProgramme'
        ? { ...request, today, hostRegistered: registered }
        : { ...request, today, partyRegistered: registered, bindingAgreementIds: await this.bindingAgreementIds(request.programmeId, partyId, today) };
    return this.programmes.update(request.programmeId, command, context);
  }

  /** Which agreements of the programme bind the party: only the read models know a programme's agreements. */
  private async bindingAgreementIds(programmeId: string, partyId: string, today: string): Promise<string[]> {
    const position = this.store.lastAppendedPosition();
    if (!(await this.runner.waitFor(position, READ_MODELS_WAIT_MS))) throw new ReadModelsBehind(position);
    return this.readModels.programmes.bindingAgreementIds(programmeId, partyId, today);
  }
}
