import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { partyDecider, PartyState } from '@pacta/domain';
import type { KnownAt } from '@pacta/projections';
import { asKnownAt, type KnownAtView } from '../streams/known-at';
import { PartyRepository } from './party.repository';

export interface PartyView {
  id: string;
  revision: number;
  /** Present when the view is of an earlier recorded time: the position of the last event it folds. */
  knownAt?: KnownAtView;
  state: PartyState;
}

export class GetParty extends Query<PartyView | undefined> {
  constructor(
    readonly partyId: string,
    readonly knownAt?: KnownAt,
  ) {
    super();
  }
}

@QueryHandler(GetParty)
export class GetPartyHandler implements IQueryHandler<GetParty> {
  constructor(private readonly parties: PartyRepository) {}

  async execute({ partyId, knownAt: asked }: GetParty): Promise<PartyView | undefined> {
    const { state, revision, knownAt } = asKnownAt(partyDecider, await this.parties.load(partyId), asked);
    return revision < 0 ? undefined : { id: partyId, revision, ...(knownAt && { knownAt }), state };
  }
}
