import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ProgrammeNotFound, parseMoney, programmeCostSharesForYear, type CalendarDate, type ProgrammeCostShares } from '@pacta/domain';
import { ReadModelQueries, type ProgrammeView } from '@pacta/projections';

export class ListProgrammes extends Query<ProgrammeView[]> {
  constructor(readonly on: CalendarDate) {
    super();
  }
}

@QueryHandler(ListProgrammes)
export class ListProgrammesHandler implements IQueryHandler<ListProgrammes> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ on }: ListProgrammes): Promise<ProgrammeView[]> {
    return this.readModels.programmes.list(on);
  }
}

export class GetProgramme extends Query<ProgrammeView> {
  constructor(
    readonly programmeId: string,
    readonly on: CalendarDate,
  ) {
    super();
  }
}

@QueryHandler(GetProgramme)
export class GetProgrammeHandler implements IQueryHandler<GetProgramme> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ programmeId, on }: GetProgramme): Promise<ProgrammeView> {
    const found = this.readModels.programmes.get(programmeId, on);
    if (!found) throw new ProgrammeNotFound(`programme ${programmeId} is not registered`);
    return found;
  }
}

/** A year's costs shared among every agreement of the programme at once (see programmeCostSharesForYear). */
export class GetProgrammeCostShares extends Query<ProgrammeCostShares> {
  constructor(
    readonly programmeId: string,
    readonly year: number,
    readonly total: string,
    readonly populationYear?: number,
  ) {
    super();
  }
}

@QueryHandler(GetProgrammeCostShares)
export class GetProgrammeCostSharesHandler implements IQueryHandler<GetProgrammeCostShares> {
  constructor(private readonly readModels: ReadModelQueries) {}
  async execute({ programmeId, year, total, populationYear }: GetProgrammeCostShares): Promise<ProgrammeCostShares> {
    const states = this.readModels.programmes.agreementStates(programmeId);
    if (!states) throw new ProgrammeNotFound(`programme ${programmeId} is not registered`);
    return programmeCostSharesForYear(programmeId, states, year, parseMoney(total, 'total'), this.readModels.parties.populationLookup(), populationYear);
  }
}
