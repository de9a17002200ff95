import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AgreementNotFound, PartyNotFound, costSharesForYear, parseMoney, type CalendarDate, type CostShares, type Deadline } from '@pacta/domain';
import {
  ReadModelQueries,
  type AgreementFilter,
  type AgreementSummary,
  type ObligationFilter,
  type ObligationKey,
  type ObligationPageJson,
  type PartyRecord,
} from '@pacta/projections';

export class ListParties extends Query<PartyRecord[]> {
  constructor(readonly type?: string) {
    super();
  }
}

@QueryHandler(ListParties)
export class ListPartiesHandler implements IQueryHandler<ListParties> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ type }: ListParties): Promise<PartyRecord[]> {
    return this.readModels.parties.list(type);
  }
}

/**
 * A page of obligations. Without knownAt, recorded time is pinned to the position the read models have reached,
 * and the answer says which, so the following pages can be read at that same position.
 */
export class ListObligations extends Query<ObligationPageJson> {
  constructor(
    readonly filter: ObligationFilter,
    readonly page: { limit?: number; after?: ObligationKey } = {},
  ) {
    super();
  }
}

/** With a partyId, the party must be registered: an unknown id is a 404, not an empty list. */
@QueryHandler(ListObligations)
export class ListObligationsHandler implements IQueryHandler<ListObligations> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ filter, page }: ListObligations): Promise<ObligationPageJson> {
    const answer = this.readModels.obligations.page(filter, page);
    if (!answer) throw new PartyNotFound(`party ${filter.partyId} is not registered`);
    return answer;
  }
}

export class ListAgreements extends Query<AgreementSummary[]> {
  constructor(readonly filter: AgreementFilter) {
    super();
  }
}

@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ filter }: ListAgreements): Promise<AgreementSummary[]> {
    return this.readModels.agreements.list(filter);
  }
}

export class GetCostShares extends Query<CostShares> {
  constructor(
    readonly agreementId: string,
    readonly year: number,
    readonly total: string,
    readonly populationYear?: number,
  ) {
    super();
  }
}

@QueryHandler(GetCostShares)
export class GetCostSharesHandler implements IQueryHandler<GetCostShares> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ agreementId, year, total, populationYear }: GetCostShares): Promise<CostShares> {
    const found = this.readModels.agreements.state(agreementId);
    if (!found) throw new AgreementNotFound(`agreement ${agreementId} does not exist`);
    return costSharesForYear(found.state, year, parseMoney(total, 'total'), this.readModels.parties.populationLookup(), populationYear);
  }
}

export class ListDeadlines extends Query<Deadline[]> {
  constructor(
    readonly from?: CalendarDate,
    readonly to?: CalendarDate,
  ) {
    super();
  }
}

@QueryHandler(ListDeadlines)
export class ListDeadlinesHandler implements IQueryHandler<ListDeadlines> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ from, to }: ListDeadlines): Promise<Deadline[]> {
    return this.readModels.deadlines.between(from, to);
  }
}

export const READ_MODEL_QUERY_HANDLERS = [
  ListPartiesHandler,
  ListObligationsHandler,
  ListAgreementsHandler,
  GetCostSharesHandler,
  ListDeadlinesHandler,
];
