import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CorrectFactContext, CorrectFactRequest } from '@pacta/domain';
import type { StoredEvent } from '@pacta/event-store';
import { AgreementRepository } from '../agreements/agreement.repository';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, WriteResult } from '../streams/command-context';

/** What the registry adds to a correction: today, the instant and the actor, and the event its id names. */
function correctionContext(clock: Clock, context: CommandContext, events: StoredEvent[], eventId: string): CorrectFactContext {
  const now = clock.now();
  const found = events.find((event) => event.eventId === eventId);
  return { today: registryDate(now), at: now.toISOString(), by: context.actor, recorded: found && { type: found.type, data: found.data } };
}

export class CorrectAgreementFact extends Command<WriteResult> {
  constructor(
    readonly agreementId: string,
    readonly request: CorrectFactRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectAgreementFact)
export class CorrectAgreementFactHandler implements ICommandHandler<CorrectAgreementFact> {
  constructor(
    private readonly agreements: AgreementRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ agreementId, request, context }: CorrectAgreementFact): Promise<WriteResult> {
    // A recorded event never changes, so the one read here is the one the decision sees, whatever is appended since.
    const { events } = await this.agreements.load(agreementId);
    const added = correctionContext(this.clock, context, events, request.eventId);
    return this.agreements.update(agreementId, { type: 'CorrectAgreementFact', agreementId, ...request, ...added }, context);
  }
}

export class CorrectPartyFact extends Command<WriteResult> {
  constructor(
    readonly partyId: string,
    readonly request: CorrectFactRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectPartyFact)
export class CorrectPartyFactHandler implements ICommandHandler<CorrectPartyFact> {
  constructor(
    private readonly parties: PartyRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ partyId, request, context }: CorrectPartyFact): Promise<WriteResult> {
    const { events } = await this.parties.load(partyId);
    const added = correctionContext(this.clock, context, events, request.eventId);
    return this.parties.update(partyId, { type: 'CorrectPartyFact', partyId, ...request, ...added }, context);
  }
}
