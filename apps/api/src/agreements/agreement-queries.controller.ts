import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK, Clock, GetCostShares, ListAgreements, registryDate } from '@pacta/registry';
import { Access } from '../auth/access';
import { ApiIdParam, IdParam } from '../http/id-param';
import { ApiCostShareQuery, costShareQuery } from '../cost-shares/cost-share-query';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { dateQuery, idQuery, kindQuery, statusQuery } from '../http/query-params';
import { ApiOperation } from '@nestjs/swagger';
import { AGREEMENT_STATUSES } from '@pacta/domain';
import { ApiJsonAnswer, ApiProblems, KEYED } from '../openapi/answers';
import { DATE, ID, KIND } from '../openapi/query-schemas';
import './agreement.responses';

/** The agreement list and cost shares come from the read models; a single agreement and its events from its stream. */
@ApiTags('agreements')
@Controller('v1/agreements')
export class AgreementQueriesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listAgreements', summary: 'List the agreements with their status on a date' })
  @ApiJsonAnswer(200, 'AgreementList', 'The agreements, by id')
  @ApiProblems(...KEYED)
  @Access('registrar', 'legal', 'auditor')
  @ApiQuery({ name: 'party', required: false, schema: ID, description: 'only agreements this party is a party to' })
  @ApiQuery({ name: 'kind', required: false, schema: KIND, description: 'agreement kind, e.g. family-centre' })
  @ApiQuery({ name: 'status', required: false, enum: AGREEMENT_STATUSES, description: 'status on the date `on`' })
  @ApiQuery({ name: 'on', required: false, schema: DATE, description: 'valid-time date; default today' })
  @ApiReadYourWrites()
  async list(
    @Query('party') party?: string,
    @Query('kind') kind?: string,
    @Query('status') status?: string,
    @Query('on') on?: string,
  ) {
    const date = dateQuery(on, 'on') ?? registryDate(this.clock.now());
    const agreements = await this.queries.execute(
      new ListAgreements({ on: date, partyId: idQuery(party, 'party'), kind: kindQuery(kind), status: statusQuery(status) }),
    );
    return { on: date, agreements };
  }

  @Get(':id/cost-shares')
  @ApiOperation({ operationId: 'getCostShares', summary: "Split a year's costs among the parties by population" })
  @ApiJsonAnswer(200, 'CostShares', 'The shares')
  @ApiProblems(...KEYED, 404)
  @Access('registrar', 'legal', 'auditor')
  @ApiIdParam()
  @ApiCostShareQuery()
  @ApiReadYourWrites()
  async costShares(
    @IdParam() id: string,
    @Query('year') year?: string,
    @Query('total') total?: string,
    @Query('populationYear') populationYear?: string,
  ) {
    const query = costShareQuery(year, total, populationYear);
    return this.queries.execute(new GetCostShares(id, query.year, query.total, query.populationYear));
  }
}
