import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementCommand, type CalendarDate, type PartyType, type TermsInput } from '@pacta/domain';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { AgreementRepository } from './agreement.repository';

/** An agreement command as the edge knows it: the registry adds today's date and the named parties' types. */
export type AgreementRequest = DistributiveOmit<AgreementCommand, 'today' | 'partyTypes' | 'partyType'>;

/** The registered types of the named parties; an unregistered one is left out. */
export type PartyTypesOf = (partyIds: string[]) => Promise<Record<string, PartyType>> | Record<string, PartyType>;

/** The domain's command for a request: today's date, and the registered types of the parties it names. */
export async function completeAgreementRequest(request: AgreementRequest, today: CalendarDate, typesOf: PartyTypesOf): Promise<AgreementCommand> {
  switch (request.type) {
    case 'DraftAgreement':
    case 'ReviseDraft':
      return { ...request, today, partyTypes: await typesOf(namedPartyIds(request.terms)) };
    case 'JoinParty':
      return { ...request, today, partyType: (await typesOf([request.partyId]))[request.partyId] };
    default:
      return { ...request, today } as AgreementCommand;
  }
}

/** The parties the terms name: as parties, and as the municipality or provider of a place. */
function namedPartyIds(terms: TermsInput): string[] {
  const places = (terms.locations ?? []).flatMap((location) => [location.municipality, location.providedBy]);
  return [...new Set([...terms.parties.map((party) => party.partyId), ...places.filter((id): id is string => id !== undefined)])];
}

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
    const command = await completeAgreementRequest(request, registryDate(this.clock.now()), (ids) => this.parties.typesOf(ids));
    return this.agreements.update(request.agreementId, command, context);
  }
}
