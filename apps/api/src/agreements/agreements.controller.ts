import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  AgreementRequest,
  ChangeAgreement,
  Clock,
  CLOCK,
  CommandContext,
  CorrectAgreementFact,
  GetAgreement,
  GetAgreementEvents,
  AgreementView,
  VersionNotFound,
  envelopeOf,
  WriteResult,
  registryDate,
} from '@pacta/registry';
import { Inject } from '@nestjs/common';
import { AgreementNotFound } from '@pacta/domain';
import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { Access, READERS_OF_REGISTRY } from '../auth/access';
import { ActsFor, inBody } from '../auth/acting-for';
import { Context } from '../http/command-context';
import { RecordingRoute } from '../http/recording-route';
import { withETag } from '../http/etag';
import { ApiIdParam, IdParam } from '../http/id-param';
import { dateQuery, integerQuery, knownAtQuery } from '../http/query-params';
import { fieldProblem, fieldsUnder } from '../http/problem';
import {
  DraftAgreementDto,
  EnterIntoForceDto,
  JoinPartyDto,
  RecordDecisionDto,
  RecordFulfilmentDto,
  RecordReviewDto,
  RecordSignatureDto,
  ReviseDraftDto,
  TerminateAgreementDto,
  WithdrawPartyDto,
} from './agreement.dto';
import { CorrectionDto } from '../provenance/provenance.dto';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ETAG, ApiNotModified, ApiProblems, KEYED } from '../openapi/answers';
import { ApiKnownAt, DATE } from '../openapi/query-schemas';
import './agreement.responses';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';

/** A replayed draft without an id must land on the same stream, so its id derives from the idempotency key. */
function newAgreementId(context: CommandContext): string {
  const seed = context.idempotency ? `${context.actor}\n${context.idempotency.key}` : randomBytes(16).toString('hex');
  return `ag-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
}

@ApiTags('agreements')
@Controller('v1/agreements')
export class AgreementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private change(request: AgreementRequest, context: CommandContext): Promise<WriteResult> {
    return this.commands.execute(new ChangeAgreement(request, context));
  }

  @Post()
  @ApiOperation({ operationId: 'draftAgreement', summary: 'Draft an agreement' })
  @RecordingRoute('Drafted')
  @ActsFor.stateOwner()
  draft(@Body() body: DraftAgreementDto, @Context() context: CommandContext) {
    const { id, kind, predecessorId, programmeId, source, assumed, ...terms } = body;
    return this.change(
      { type: 'DraftAgreement', agreementId: id ?? newAgreementId(context), kind, predecessorId, programmeId, terms, source, assumed },
      context,
    );
  }

  @Post(':id/revisions')
  @ApiOperation({ operationId: 'reviseDraft', summary: 'Revise the terms of a draft' })
  @RecordingRoute()
  @ActsFor.stateOwner()
  @ApiIdParam()
  revise(@IdParam() id: string, @Body() body: ReviseDraftDto, @Context() context: CommandContext) {
    return this.change({ type: 'ReviseDraft', agreementId: id, ...body }, context).catch(fieldsUnder('terms'));
  }

  @Post(':id/decisions')
  @ApiOperation({ operationId: 'recordDecision', summary: "Record a party's board decision" })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  recordDecision(@IdParam() id: string, @Body() body: RecordDecisionDto, @Context() context: CommandContext) {
    return this.change({ type: 'RecordDecision', agreementId: id, ...body }, context);
  }

  @Post(':id/signatures')
  @ApiOperation({ operationId: 'recordSignature', summary: "Record a party's signature" })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  recordSignature(@IdParam() id: string, @Body() body: RecordSignatureDto, @Context() context: CommandContext) {
    return this.change({ type: 'RecordSignature', agreementId: id, ...body }, context);
  }

  @Post(':id/entry-into-force')
  @ApiOperation({ operationId: 'enterIntoForce', summary: 'Put a version into force' })
  @RecordingRoute()
  @ActsFor.stateOwner()
  @ApiIdParam()
  enterIntoForce(@IdParam() id: string, @Body() body: EnterIntoForceDto, @Context() context: CommandContext) {
    return this.change({ type: 'EnterIntoForce', agreementId: id, ...body }, context);
  }

  @Post(':id/parties')
  @ApiOperation({ operationId: 'joinParty', summary: 'Join a party to an agreement' })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  join(@IdParam() id: string, @Body() body: JoinPartyDto, @Context() context: CommandContext) {
    return this.change({ type: 'JoinParty', agreementId: id, ...body }, context);
  }

  @Post(':id/withdrawals')
  @ApiOperation({ operationId: 'withdrawParty', summary: 'Record the withdrawal of a party' })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  withdraw(@IdParam() id: string, @Body() body: WithdrawPartyDto, @Context() context: CommandContext) {
    return this.change({ type: 'WithdrawParty', agreementId: id, ...body }, context);
  }

  @Post(':id/reviews')
  @ApiOperation({ operationId: 'recordReview', summary: 'Record an annual review' })
  @RecordingRoute()
  @ActsFor.stateOwner()
  @ApiIdParam()
  review(@IdParam() id: string, @Body() body: RecordReviewDto, @Context() context: CommandContext) {
    return this.change({ type: 'RecordReview', agreementId: id, ...body }, context);
  }

  @Post(':id/fulfilments')
  @ApiOperation({ operationId: 'recordFulfilment', summary: 'Record that a party met an obligation it owed once' })
  @RecordingRoute()
  @ActsFor.party(inBody('partyId'))
  @ApiIdParam()
  recordFulfilment(@IdParam() id: string, @Body() body: RecordFulfilmentDto, @Context() context: CommandContext) {
    return this.change({ type: 'RecordFulfilment', agreementId: id, ...body }, context);
  }

  @Post(':id/termination')
  @ApiOperation({ operationId: 'terminateAgreement', summary: 'Terminate an agreement' })
  @RecordingRoute()
  @ActsFor.stateOwner()
  @ApiIdParam()
  terminate(@IdParam() id: string, @Body() body: TerminateAgreementDto, @Context() context: CommandContext) {
    return this.change({ type: 'TerminateAgreement', agreementId: id, ...body }, context);
  }

  @Post(':id/corrections')
  @ApiOperation({
    operationId: 'correctAgreementFact',
    summary: "Correct or retract one of an agreement's recorded facts",
    description:
      'A new event: the original stays in the log, and views known at an earlier position show it as it was. Refused (409) ' +
      'when a signature, an entry into force, a join or a withdrawal would rest on something no longer true.',
  })
  @RecordingRoute()
  @ActsFor.stateOwner()
  @ApiIdParam()
  correct(@IdParam() id: string, @Body() body: CorrectionDto, @Context() context: CommandContext): Promise<WriteResult> {
    return this.commands.execute(new CorrectAgreementFact(id, body, context));
  }

  @Get(':id')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'getAgreement', summary: 'Get an agreement on a date, as recorded now or earlier' })
  @ApiJsonAnswer(200, 'Agreement', 'The agreement; its ETag is its revision', ETAG)
  @ApiNotModified()
  @ApiProblems(...KEYED, 404)
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiQuery({ name: 'on', required: false, schema: DATE, description: 'valid-time date for the status; default today' })
  @ApiKnownAt('recorded time: a log position or an instant; the state as the registry held it then')
  @ApiQuery({ name: 'version', required: false, schema: { type: 'integer', minimum: 1 }, description: "a version number: that version's terms, decisions and signatures" })
  async get(
    @IdParam() id: string,
    @Query('on') on: string | undefined,
    @Query('knownAt') knownAt: string | undefined,
    @Query('version') version: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const date = dateQuery(on, 'on') ?? registryDate(this.clock.now());
    const options = { knownAt: knownAtQuery(knownAt), version: integerQuery(version, 'version', { min: 1 }) };
    let agreement: AgreementView | undefined;
    try {
      agreement = await this.queries.execute(new GetAgreement(id, date, options));
    } catch (error) {
      if (!(error instanceof VersionNotFound)) throw error;
      throw fieldProblem(404, 'version-not-found', [{ field: 'version', detail: `agreement ${id} has no version ${error.version}${knownAt === undefined ? '' : ' at knownAt'}` }]);
    }
    if (!agreement) throw new AgreementNotFound(`agreement ${id} ${knownAt === undefined ? 'does not exist' : 'was not recorded yet at knownAt'}`);
    return withETag(request, response, agreement.revision, agreement);
  }

  @Get(':id/events')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'getAgreementEvents', summary: "An agreement's events" })
  @ApiJsonAnswer(200, 'AgreementEvents', 'Its stream, oldest first')
  @ApiProblems(...KEYED, 404)
  @Access('registrar', 'auditor')
  @ApiIdParam()
  async events(@IdParam() id: string) {
    const events = await this.queries.execute(new GetAgreementEvents(id));
    if (!events) throw new AgreementNotFound(`agreement ${id} does not exist`);
    return { agreementId: id, events: events.map(envelopeOf) };
  }
}
