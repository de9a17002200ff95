import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { PARTY_TYPES } from '@pacta/domain';
import { CLOCK, Clock, ListObligations, ListParties, registryDate } from '@pacta/registry';
import { dateQuery } from '../agreements/agreements.controller';
import { Access } from '../auth/access';
import { ApiIdParam, IdParam } from '../http/id-param';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { kindQuery, knownAtQuery, obligationTypeQuery, oneOfQuery } from '../read-models/query-params';

@ApiTags('parties')
@Controller('v1/parties')
export class PartyQueriesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Access('registrar', 'legal', 'auditor')
  @ApiQuery({ name: 'type', required: false, enum: PARTY_TYPES })
  @ApiReadYourWrites()
  async list(@Query('type') type?: string) {
    return { parties: await this.queries.execute(new ListParties(oneOfQuery(type, 'type', PARTY_TYPES))) };
  }

  @Get(':id/obligations')
  @Access('registrar', 'legal', 'auditor')
  @ApiIdParam()
  @ApiQuery({ name: 'on', required: false, description: 'valid time: the date the obligations apply on; default today' })
  @ApiQuery({ name: 'knownAt', required: false, description: 'recorded time: a log position or an ISO instant; default now' })
  @ApiQuery({ name: 'type', required: false, description: 'obligation type' })
  @ApiQuery({ name: 'kind', required: false, description: 'agreement kind' })
  @ApiReadYourWrites()
  async obligations(
    @IdParam() partyId: string,
    @Query('on') on?: string,
    @Query('knownAt') knownAt?: string,
    @Query('type') type?: string,
    @Query('kind') kind?: string,
  ) {
    const date = dateQuery(on, 'on', registryDate(this.clock.now()));
    const recorded = knownAtQuery(knownAt);
    const obligations = await this.queries.execute(
      new ListObligations({ partyId, on: date, knownAt: recorded.knownAt, type: obligationTypeQuery(type), kind: kindQuery(kind) }),
    );
    return { partyId, on: date, knownAt: recorded.echo ?? this.clock.now().toISOString(), obligations };
  }
}
