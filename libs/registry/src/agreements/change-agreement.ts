import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementCommand, decideAgreement } from '@pacta/domain';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { AgreementRepository } from './agreement.repository';

/** An agreement command as the edge knows it: the registry adds today's date and the named parties' types. */
export type AgreementRequest = DistributiveOmit<AgreementCommand, 'today' | 'partyTypes' | 'partyType'>;

export class ChangeAgreement extends Command<WriteResult> {
  constructor(
    readonly request: AgreementRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeAgreement)
export class ChangeAgreementHandler implements ICommandHandler<ChangeAgreement> {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly parties: PartyRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: ChangeAgreement): Promise<WriteResult> {
    const command = await this.complete(request);
    return this.agreements.update(request.agreementId, (state) => decideAgreement(command, state), context);
  }

  private async complete(request: AgreementRequest): Promise<AgreementCommand> {
    const today = registryDate(this.clock.now());
    switch (request.type) {
      case 'DraftAgreement':
      case 'ReviseDraft':
        return { ...request, today, partyTypes: await this.parties.typesOf(request.terms.parties.map((p) => p.partyId)) };
      case 'JoinParty':
        return { ...request, today, partyType: (await this.parties.typesOf([request.partyId]))[request.partyId] };
      default:
        return { ...request, today } as AgreementCommand;
    }
  }
}
