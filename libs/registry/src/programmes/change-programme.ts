import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { bindsParty, type DeclineProgramme, type ProgrammeCommand, type RegisterProgramme } from '@pacta/domain';
import { EVENT_STORE, type EventStore } from '@pacta/event-store';
import { ProjectionRunner, ReadModelQueries } from '@pacta/projections';
import { CLOCK, Clock, registryDate } from '../clock/clock';
import { AgreementRepository } from '../agreements/agreement.repository';
import { PartyRepository } from '../parties/party.repository';
import { CommandContext, DistributiveOmit, WriteResult } from '../streams/command-context';
import { ReadModelsBehind } from '../streams/write-errors';
import { ProgrammeRepository } from './programme.repository';

const READ_MODELS_WAIT_MS = 5000;

/** A programme command as the edge knows it: the registry adds today's date and whether the named party is registered. */
export type ProgrammeRequest = DistributiveOmit<
  RegisterProgramme | DeclineProgramme,
  'today' | 'hostRegistered' | 'partyRegistered' | 'bindingAgreementIds' | 'checkedAgreementIds' | 'at'
>;

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
    private readonly agreements: AgreementRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly readModels: ReadModelQueries,
  ) {}

  async execute({ request, context }: ChangeProgramme): Promise<WriteResult> {
    const now = this.clock.now();
    const today = registryDate(now);
    const partyId = request.type === 'RegisterProgramme' ? request.hostPartyId : request.partyId;
    const registered = Object.hasOwn(await this.parties.typesOf([partyId]), partyId);
    const command: ProgrammeCommand =
      request.type === 'RegisterProgramme'
        ? { ...request, today, hostRegistered: registered }
        : { ...request, today, at: now.toISOString(), partyRegistered: registered, ...(await this.bindingsOf(request.programmeId, partyId, today)) };
    return this.programmes.update(request.programmeId, command, context);
  }

  /**
   * Which agreements of the programme bind the party: those the read models know, and those the programme's own
   * stream holds reservations of, each read from its stream (the read models may not have it yet).
   */
  private async bindingsOf(programmeId: string, partyId: string, today: string): Promise<Pick<DeclineProgramme, 'bindingAgreementIds' | 'checkedAgreementIds'>> {
    const position = this.store.lastAppendedPosition();
    if (!(await this.runner.waitFor(position, READ_MODELS_WAIT_MS))) throw new ReadModelsBehind(position);
    const known = this.readModels.programmes.bindingAgreementIds(programmeId, partyId, today);
    const { state } = await this.programmes.loadState(programmeId);
    const reserved = [...new Set(state.reservations.filter((reservation) => reservation.partyIds.includes(partyId)).map((reservation) => reservation.agreementId))];
    const bindingNow: string[] = [];
    for (const agreementId of reserved) {
      if (bindsParty((await this.agreements.loadState(agreementId)).state, partyId, today)) bindingNow.push(agreementId);
    }
    return { bindingAgreementIds: [...new Set([...known, ...bindingNow])], checkedAgreementIds: reserved };
  }
}
