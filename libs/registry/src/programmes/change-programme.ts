import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ProgrammeCommand } from '@pacta/domain';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { ProgrammeRepository } from './programme.repository';

/** A programme command as the edge knows it: the registry adds today's date and whether the named party is registered. */
export type ProgrammeRequest = DistributiveOmit<ProgrammeCommand, 'today' | 'hostRegistered' | 'partyRegistered'>;

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
  ) {}

  async execute({ request, context }: ChangeProgramme): Promise<WriteResult> {
    const today = registryDate(this.clock.now());
    const partyId = request.type === 'RegisterProgramme' ? request.hostPartyId : request.partyId;
    const registered = Object.hasOwn(await this.parties.typesOf([partyId]), partyId);
    const command: ProgrammeCommand =
      request.type === 'RegisterProgramme' ? { ...request, today, hostRegistered: registered } : { ...request, today, partyRegistered: registered };
    return this.programmes.update(request.programmeId, command, context);
  }
}
