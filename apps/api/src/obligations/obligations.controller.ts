import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK, Clock } from '@pacta/registry';
import { Access } from '../auth/access';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { ApiObligationPages, answerJson, obligationsPage } from '../read-models/obligation-pages';
import { idQuery } from '../http/query-params';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ApiProblems, KEYED } from '../openapi/answers';
import { ID } from '../openapi/query-schemas';
import './obligation.responses';

@ApiTags('obligations')
@Controller('v1/obligations')
export class ObligationsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listObligations', summary: 'Obligations of every party on a date' })
  @ApiJsonAnswer(200, 'ObligationsPage', 'A page of the obligations')
  @ApiProblems(...KEYED, 404)
  @Access('registrar', 'legal', 'auditor')
  @ApiObligationPages()
  @ApiQuery({ name: 'party', required: false, schema: ID, description: 'only this party' })
  @ApiReadYourWrites()
  async list(
    @Res() response: Response,
    @Query('on') on?: string,
    @Query('knownAt') knownAt?: string,
    @Query('type') type?: string,
    @Query('kind') kind?: string,
    @Query('party') party?: string,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ) {
    const partyId = idQuery(party, 'party');
    answerJson(response, await obligationsPage(this.queries, this.clock, { partyId, on, knownAt, type, kind, limit, cursor }));
  }
}
