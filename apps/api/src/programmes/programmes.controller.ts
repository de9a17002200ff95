import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ChangeProgramme, CLOCK, Clock, CommandContext, GetProgramme, GetProgrammeCostShares, ListProgrammes, registryDate, WriteResult } from '@pacta/registry';
import { Access, READERS_OF_REGISTRY } from '../auth/access';
import { ActsFor, inBody } from '../auth/acting-for';
import { ApiCostShareQuery, costShareQuery } from '../cost-shares/cost-share-query';
import { Context } from '../http/command-context';
import { RecordingRoute } from '../http/recording-route';
import { ApiIdParam, IdParam } from '../http/id-param';
import { dateQuery } from '../http/query-params';
import { ApiJsonAnswer, ApiProblems, KEYED } from '../openapi/answers';
import { DATE } from '../openapi/query-schemas';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { DeclineProgrammeDto, RegisterProgrammeDto } from './programme.dto';
import './programme.responses';

const ON = { name: 'on', required: false, schema: DATE, description: "the date of the agreements' parties and status; default today" } as const;

/** Programmes and the parties that declined them; the answers come from the read models. */
@ApiTags('programmes')
@Controller('v1/programmes')
export class ProgrammesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'registerProgramme', summary: "Register a programme: a host's service that each party joins by an agreement of its own" })
  @RecordingRoute('Registered', [409])
  @ActsFor.party(inBody('hostPartyId'))
  register(@Body() body: RegisterProgrammeDto, @Context() context: CommandContext): Promise<WriteResult> {
    const { id, ...rest } = body;
    return this.commands.execute(new ChangeProgramme({ type: 'RegisterProgramme', programmeId: id, ...rest }, context));
  }

  @Post(':id/declines')
  @ApiOperation({ operationId: 'declineProgramme', summary: "Record a party's decision to stay outside a programme" })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  decline(@IdParam() id: string, @Body() body: DeclineProgrammeDto, @Context() context: CommandContext): Promise<WriteResult> {
    return this.commands.execute(new ChangeProgramme({ type: 'DeclineProgramme', programmeId: id, ...body }, context));
  }

  @Get()
  @ApiOperation({ operationId: 'listProgrammes', summary: 'List the programmes' })
  @ApiJsonAnswer(200, 'ProgrammeList', 'The programmes, by id')
  @ApiProblems(...KEYED)
  @Access(...READERS_OF_REGISTRY)
  @ApiQuery(ON)
  @ApiReadYourWrites()
  async list(@Query('on') on?: string) {
    return { programmes: await this.queries.execute(new ListProgrammes(this.dateOf(on))) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getProgramme', summary: 'Get a programme, its agreements and who declined it' })
  @ApiJsonAnswer(200, 'Programme', 'The programme')
  @ApiProblems(...KEYED, 404)
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiQuery(ON)
  @ApiReadYourWrites()
  get(@IdParam() id: string, @Query('on') on?: string) {
    return this.queries.execute(new GetProgramme(id, this.dateOf(on)));
  }

  @Get(':id/cost-shares')
  @ApiOperation({
    operationId: 'getProgrammeCostShares',
    summary: "Split a year's costs among the parties of all the programme's agreements by population",
    description:
      "Where each party has an agreement of its own with the host, the costs are shared among all of them, not within each agreement. Every agreement of the programme with a cost share by population in force in the year counts, and they must state the same rule (`422 conflicting-cost-rules` otherwise).",
  })
  @ApiJsonAnswer(200, 'ProgrammeCostShares', 'The shares')
  @ApiProblems(...KEYED, 404)
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiCostShareQuery()
  @ApiReadYourWrites()
  costShares(@IdParam() id: string, @Query('year') year?: string, @Query('total') total?: string, @Query('populationYear') populationYear?: string) {
    const query = costShareQuery(year, total, populationYear);
    return this.queries.execute(new GetProgrammeCostShares(id, query.year, query.total, query.populationYear));
  }

  private dateOf(on: string | undefined): string {
    return dateQuery(on, 'on') ?? registryDate(this.clock.now());
  }
}
