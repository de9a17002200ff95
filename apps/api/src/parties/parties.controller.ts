import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { PartyNotFound } from '@pacta/domain';
import { ChangeParty, CommandContext, CorrectPartyFact, GetParty, WriteResult } from '@pacta/registry';
import type { Request, Response } from 'express';
import { Access, READERS_OF_REGISTRY } from '../auth/access';
import { ActsFor, inPath } from '../auth/acting-for';
import { withETag } from '../http/etag';
import { Context } from '../http/command-context';
import { RecordingRoute } from '../http/recording-route';
import { ApiIdParam, IdParam } from '../http/id-param';
import { RecordPopulationDto, RegisterPartyDto, RenamePartyDto } from './party.dto';
import { CorrectionDto } from '../provenance/provenance.dto';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ETAG, ApiNotModified, ApiProblems, KEYED } from '../openapi/answers';
import './party.responses';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { knownAtQuery } from '../http/query-params';
import { ApiKnownAt } from '../openapi/query-schemas';

@ApiTags('parties')
@Controller('v1/parties')
export class PartiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'registerParty', summary: 'Register a party' })
  @RecordingRoute('Registered')
  @ActsFor.registry()
  register(@Body() body: RegisterPartyDto, @Context() context: CommandContext): Promise<WriteResult> {
    const { id, type, ...rest } = body;
    return this.commands.execute(
      new ChangeParty({ type: 'RegisterParty', partyId: id, partyType: type, ...rest }, context),
    );
  }

  @Post(':id/populations')
  @ApiOperation({ operationId: 'recordPopulation', summary: "Record a party's population for a year" })
  @RecordingRoute()
  @ActsFor.party(inPath('id'))
  @ApiIdParam()
  recordPopulation(@IdParam() id: string, @Body() body: RecordPopulationDto, @Context() context: CommandContext) {
    return this.commands.execute(new ChangeParty({ type: 'RecordPopulation', partyId: id, ...body }, context));
  }

  @Post(':id/names')
  @ApiOperation({ operationId: 'renameParty', summary: 'Rename a party' })
  @RecordingRoute('Renamed')
  @ActsFor.party(inPath('id'))
  @ApiIdParam()
  rename(@IdParam() id: string, @Body() body: RenamePartyDto, @Context() context: CommandContext) {
    return this.commands.execute(new ChangeParty({ type: 'RenameParty', partyId: id, ...body }, context));
  }

  @Post(':id/corrections')
  @ApiOperation({
    operationId: 'correctPartyFact',
    summary: "Correct or retract one of a party's recorded facts",
    description: 'A new event: the original stays in the log, and views known at an earlier position show it as it was.',
  })
  @RecordingRoute()
  @ActsFor.party(inPath('id'))
  @ApiIdParam()
  correct(@IdParam() id: string, @Body() body: CorrectionDto, @Context() context: CommandContext): Promise<WriteResult> {
    return this.commands.execute(new CorrectPartyFact(id, body, context));
  }

  @Get(':id')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'getParty', summary: 'Get a party, as recorded now or earlier' })
  @ApiJsonAnswer(200, 'Party', 'The party; its ETag is its revision', ETAG)
  @ApiNotModified()
  @ApiProblems(...KEYED, 404)
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiKnownAt('recorded time: a log position or an instant; the party as the registry held it then')
  async get(
    @IdParam() id: string,
    @Query('knownAt') knownAt: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const party = await this.queries.execute(new GetParty(id, knownAtQuery(knownAt)));
    if (!party) throw new PartyNotFound(`party ${id} ${knownAt === undefined ? 'is not registered' : 'was not registered yet at knownAt'}`);
    return withETag(request, response, party.revision, party);
  }
}
