import { Inject, Injectable } from '@nestjs/common';
import { PartyState, PartyType, evolveParty, initialPartyState } from '@pacta/domain';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { CLOCK, Clock } from '../clock/clock';
import { CommandContext, WriteResult } from '../streams/command-context';
import { DomainEvent, Loaded, StreamRepository } from '../streams/stream-repository';

export const partyStream = (partyId: string) => `party-${partyId}`;

@Injectable()
export class PartyRepository {
  private readonly streams: StreamRepository<PartyState>;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    this.streams = new StreamRepository(store, { initial: initialPartyState, evolve: evolveParty as never }, clock);
  }

  load(partyId: string): Promise<Loaded<PartyState>> {
    return this.streams.load(partyStream(partyId));
  }

  update(partyId: string, decide: (state: PartyState) => DomainEvent[], context: CommandContext): Promise<WriteResult> {
    return this.streams.update(partyId, partyStream(partyId), decide, context);
  }

  /** The types of those of `partyIds` that are registered; the deciders refuse the rest by name. */
  async typesOf(partyIds: readonly string[]): Promise<Record<string, PartyType>> {
    const unique = [...new Set(partyIds)];
    const loaded = await Promise.all(unique.map((id) => this.streams.loadState(partyStream(id))));
    const types: Record<string, PartyType> = {};
    loaded.forEach(({ state }, i) => {
      if (state.exists && state.type) types[unique[i]] = state.type;
    });
    return types;
  }
}
