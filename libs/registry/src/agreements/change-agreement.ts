import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgreementCommand, bindingOf, type AgreementEvent, type AgreementState, type CalendarDate, type PartyType, type ProgrammeDeclines, type TermsInput } from '@pacta/domain';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { PartyRepository } from '../parties/party.repository';
import { ProgrammeRepository } from '../programmes/programme.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { AgreementRepository } from './agreement.repository';

/** An agreement command as the edge knows it: the registry adds today's date and the named parties' types. */
export type AgreementRequest = DistributiveOmit<AgreementCommand, 'today' | 'partyTypes' | 'partyType' | 'programme'>;

/** The registered types of the named parties; an unregistered one is left out. */
export type PartyTypesOf = (partyIds: string[]) => Promise<Record<string, PartyType>> | Record<string, PartyType>;

/** Who declined the programme of the draft (by its programmeId) or of the agreement (by its id). */
export interface ProgrammeDeclinesOf {
  ofProgramme(programmeId: string | undefined): Promise<ProgrammeDeclines | undefined>;
  ofAgreement(agreementId: string): Promise<ProgrammeDeclines | undefined>;
}

const NO_PROGRAMMES: ProgrammeDeclinesOf = { ofProgramme: async () => undefined, ofAgreement: async () => undefined };

/**
 * The domain's command for a request: today's date, the registered types of the parties it names, and, for a
 * command that binds parties, who declined the agreement's programme.
 */
export async function completeAgreementRequest(
  request: AgreementRequest,
  today: CalendarDate,
  typesOf: PartyTypesOf,
  declinesOf: ProgrammeDeclinesOf = NO_PROGRAMMES,
): Promise<AgreementCommand> {
  switch (request.type) {
    case 'DraftAgreement':
      return {
        ...request,
        today,
        partyTypes: await typesOf(namedPartyIds(request.terms)),
        programme: await declinesOf.ofProgramme(request.programmeId),
      };
    case 'ReviseDraft':
      return {
        ...request,
        today,
        partyTypes: await typesOf(namedPartyIds(request.terms)),
        programme: await declinesOf.ofAgreement(request.agreementId),
      };
    case 'JoinParty':
      return {
        ...request,
        today,
        partyType: (await typesOf([request.partyId]))[request.partyId],
        programme: await declinesOf.ofAgreement(request.agreementId),
      };
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
    private readonly programmes: ProgrammeRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: ChangeAgreement): Promise<WriteResult> {
    const declinesOf: ProgrammeDeclinesOf = {
      ofProgramme: (programmeId) => this.programmes.declinesOf(programmeId),
      ofAgreement: async (agreementId) => this.programmes.declinesOf((await this.agreements.loadState(agreementId)).state.programmeId),
    };
    const now = this.clock.now();
    const command = await completeAgreementRequest(request, registryDate(now), (ids) => this.parties.typesOf(ids), declinesOf);
    return this.agreements.update(request.agreementId, command, context, (events, state) => this.reserve(events, state, command, context, now));
  }

  /**
   * Reserves on the programme's stream the parties the events are about to bind, refused if one declined meanwhile:
   * a decline and a binding cannot both be written, on any number of instances (see ProgrammeBindingReserved). The
   * agreement's own owner check and If-Match were made on the agreement; the reservation only follows from them.
   */
  private async reserve(events: AgreementEvent[], state: AgreementState, command: AgreementCommand, context: CommandContext, now: Date): Promise<void> {
    const binding = bindingOf(events, state);
    if (!binding) return;
    const { programmeId, partyIds, fields } = binding;
    await this.programmes.update(
      programmeId,
      { type: 'ReserveBinding', programmeId, agreementId: command.agreementId, partyIds, fields, today: command.today, at: now.toISOString() },
      { ...context, ownerOnState: false, expectedRevision: undefined },
    );
  }
}
