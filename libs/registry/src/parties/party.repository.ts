import { Inject, Injectable } from '@nestjs/common';
import { partyDecider, type PartyCommand, type PartyEvent, type PartyState, type PartyType } from '@pacta/domain';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { StreamRepository } from '../streams/stream-repository';

/** The parties' streams, for Nest to inject. */
@Injectable()
export class PartyRepository extends StreamRepository<PartyCommand, PartyEvent, PartyState> {
  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    super(store, partyDecider, clock);
  }

  /** The types of those of `partyIds` that are registered; the deciders refuse the rest by name. */
  async typesOf(partyIds: readonly string[]): Promise<Record<string, PartyType>> {
    const unique = [...new Set(partyIds)];
    const loaded = await Promise.all(unique.map((id) => this.loadState(id)));
    const types: Record<string, PartyType> = {};
    loaded.forEach(({ state }, i) => {
      if (state.exists && state.type) types[unique[i]] = state.type;
    });
    return types;
  }
}
