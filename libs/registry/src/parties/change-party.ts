import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PartyCommand, type CalendarDate } from '@pacta/domain';
import type { PartyTypesOf } from '../agreements/change-agreement';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { PartyRepository } from './party.repository';

/** A party command as the edge knows it: the registry adds today's date and which members exist. */
export type PartyRequest = DistributiveOmit<PartyCommand, 'today' | 'knownPartyIds'>;

/** The domain's command for a request: today's date, and which of a union's members are registered. */
export async function completePartyRequest(request: PartyRequest, today: CalendarDate, typesOf: PartyTypesOf): Promise<PartyCommand> {
  return request.type === 'RegisterParty'
    ? { ...request, today, knownPartyIds: Object.keys(await typesOf(request.memberIds ?? [])) }
    : ({ ...request, today } as PartyCommand);
}

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
    const command = await completePartyRequest(request, registryDate(this.clock.now()), (ids) => this.parties.typesOf(ids));
    return this.parties.update(request.partyId, command, context);
  }
}
