import { Inject, Injectable } from '@nestjs/common';
import { declinedPartyIds, programmeDecider, type ProgrammeCommand, type ProgrammeDeclines, type ProgrammeEvent, type ProgrammeState } from '@pacta/domain';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { StreamRepository } from '../streams/stream-repository';

/** The programmes' streams, for Nest to inject. */
@Injectable()
export class ProgrammeRepository extends StreamRepository<ProgrammeCommand, ProgrammeEvent, ProgrammeState> {
  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    super(store, programmeDecider, clock);
  }

  /** Who declined the programme, for the agreement decider; undefined when no such programme is registered. */
  async declinesOf(programmeId: string | undefined): Promise<ProgrammeDeclines | undefined> {
    if (programmeId === undefined) return undefined;
    const { state } = await this.loadState(programmeId);
    return state.exists ? { declinedPartyIds: declinedPartyIds(state) } : undefined;
  }
}
