import { Inject, Injectable } from '@nestjs/common';
import { actingForAgreement, agreementDecider, type AgreementCommand, type AgreementEvent, type AgreementState } from '@pacta/domain';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { StreamRepository } from '../streams/stream-repository';

/** The agreements' streams, for Nest to inject. */
@Injectable()
export class AgreementRepository extends StreamRepository<AgreementCommand, AgreementEvent, AgreementState> {
  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    super(store, agreementDecider, clock, actingForAgreement);
  }
}
