import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { PARTY_TYPES } from '@pacta/domain';
import { CLOCK, Clock, ListParties } from '@pacta/registry';
import { Access } from '../auth/access';
import { ApiIdParam, IdParam } from '../http/id-param';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { ApiObligationPages, answerJson, obligationsPage } from '../read-models/obligation-pages';
import { oneOfQuery } from '../http/query-params';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ApiProblems, KEYED } from '../openapi/answers';
import './party.responses';
import '../obligations/obligation.responses';

@ApiTags('parties')
@Controller('v1/parties')
export class PartyQueriesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listParties', summary: 'List the parties' })
  @ApiJsonAnswer(200, 'PartyList', 'The parties, by id')
  @ApiProblems(...KEYED)
  @Access('registrar', 'legal', 'auditor')
  @ApiQuery({ name: 'type', required: false, enum: PARTY_TYPES, description: 'only parties of this type' })
  @ApiReadYourWrites()
  async list(@Query('type') type?: string) {
    return { parties: await this.queries.execute(new ListParties(oneOfQuery(type, 'type', PARTY_TYPES))) };
  }

  @Get(':id/obligations')
  @ApiTags('obligations')
  @ApiOperation({ operationId: 'listPartyObligations', summary: "A party's obligations on a date" })
  @ApiJsonAnswer(200, 'ObligationsPage', 'A page of the obligations')
  @ApiProblems(...KEYED, 404)
  @Access('registrar', 'legal', 'auditor')
  @ApiIdParam()
  @ApiObligationPages()
  @ApiReadYourWrites()
  async obligations(
    @IdParam() partyId: string,
    @Res() response: Response,
    @Query('on') on?: string,
    @Query('knownAt') knownAt?: string,
    @Query('type') type?: string,
    @Query('kind') kind?: string,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ) {
    answerJson(response, await obligationsPage(this.queries, this.clock, { partyId, on, knownAt, type, kind, limit, cursor }));
  }
}
