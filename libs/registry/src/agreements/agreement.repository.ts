import { Inject, Injectable } from '@nestjs/common';
import { AgreementState, evolveAgreement, initialAgreementState } from '@pacta/domain';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { CommandContext, WriteResult } from '../streams/command-context';
import { DomainEvent, Loaded, StreamRepository } from '../streams/stream-repository';

export const agreementStream = (agreementId: string) => `agreement-${agreementId}`;

@Injectable()
export class AgreementRepository {
  private readonly streams: StreamRepository<AgreementState>;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    this.streams = new StreamRepository(store, { initial: initialAgreementState, evolve: evolveAgreement as never }, clock);
  }

  load(agreementId: string): Promise<Loaded<AgreementState>> {
    return this.streams.load(agreementStream(agreementId));
  }

  update(agreementId: string, decide: (state: AgreementState) => DomainEvent[], context: CommandContext): Promise<WriteResult> {
    return this.streams.update(agreementId, agreementStream(agreementId), decide, context);
  }
}
