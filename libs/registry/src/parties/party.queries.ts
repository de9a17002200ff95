import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { PartyState } from '@pacta/domain';
import { PartyRepository } from './party.repository';

export interface PartyView {
  id: string;
  revision: number;
  state: PartyState;
}

export class GetParty extends Query<PartyView | undefined> {
  constructor(readonly partyId: string) {
    super();
  }
}

@QueryHandler(GetParty)
export class GetPartyHandler implements IQueryHandler<GetParty> {
  constructor(private readonly parties: PartyRepository) {}

  async execute({ partyId }: GetParty): Promise<PartyView | undefined> {
    const { state, revision } = await this.parties.load(partyId);
    return revision < 0 ? undefined : { id: partyId, revision, state };
  }
}
