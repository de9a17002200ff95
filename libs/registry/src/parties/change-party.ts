import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PartyCommand, decideParty } from '@pacta/domain';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { PartyRepository } from './party.repository';

/** A party command as the edge knows it: the registry adds today's date and which members exist. */
export type PartyRequest = DistributiveOmit<PartyCommand, 'today' | 'knownPartyIds'>;

export class ChangeParty extends Command<WriteResult> {
  constructor(
    readonly request: PartyRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeParty)
export class ChangePartyHandler implements ICommandHandler<ChangeParty> {
  constructor(
    private readonly parties: PartyRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: ChangeParty): Promise<WriteResult> {
    const today = registryDate(this.clock.now());
    const command: PartyCommand =
      request.type === 'RegisterParty'
        ? { ...request, today, knownPartyIds: Object.keys(await this.parties.typesOf(request.memberIds ?? [])) }
        : ({ ...request, today } as PartyCommand);
    return this.parties.update(request.partyId, (state) => decideParty(command, state), context);
  }
}
