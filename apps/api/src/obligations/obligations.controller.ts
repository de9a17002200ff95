import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK, Clock, ListObligations, registryDate } from '@pacta/registry';
import { dateQuery } from '../agreements/agreements.controller';
import { Access } from '../auth/access';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { idQuery, kindQuery, knownAtQuery, obligationTypeQuery } from '../read-models/query-params';

@ApiTags('obligations')
@Controller('v1/obligations')
export class ObligationsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Access('registrar', 'legal', 'auditor')
  @ApiQuery({ name: 'on', required: false, description: 'valid time: the date the obligations apply on; default today' })
  @ApiQuery({ name: 'knownAt', required: false, description: 'recorded time: a log position or an ISO instant; default now' })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'party', required: false })
  @ApiReadYourWrites()
  async list(
    @Query('on') on?: string,
    @Query('knownAt') knownAt?: string,
    @Query('type') type?: string,
    @Query('kind') kind?: string,
    @Query('party') party?: string,
  ) {
    const date = dateQuery(on, 'on', registryDate(this.clock.now()));
    const recorded = knownAtQuery(knownAt);
    const partyId = idQuery(party, 'party');
    const obligations = await this.queries.execute(
      new ListObligations({ partyId, on: date, knownAt: recorded.knownAt, type: obligationTypeQuery(type), kind: kindQuery(kind) }),
    );
    return { ...(partyId && { partyId }), on: date, knownAt: recorded.echo ?? this.clock.now().toISOString(), obligations };
  }
}
