import { Body, Controller, Get, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SnapshotNotFound } from '@pacta/domain';
import {
  CommandContext,
  GenerateStatusSnapshot,
  GetSnapshot,
  RenderSnapshot,
  SnapshotForm,
  SnapshotNotReproducible,
  SnapshotReceipt,
  SnapshotRecord,
} from '@pacta/registry';
import type { Response } from 'express';
import { createReadStream } from 'node:fs';
import { Access, READERS_OF_REGISTRY } from '../auth/access';
import { ActsFor } from '../auth/acting-for';
import { CommandHeaders, Context } from '../http/command-context';
import { ApiIdParam, IdParam } from '../http/id-param';
import { ProblemException } from '../http/problem';
import { GenerateSnapshotDto } from './snapshot.dto';
import { ApiJsonAnswer, ETAG, REPLAYED, ApiProblems, ApiTextAnswer, KEYED, WRITE } from '../openapi/answers';
import './snapshot.responses';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';

const CONTENT_TYPES: Record<SnapshotForm, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** The forms are regenerated from the log on their first read and kept; routes with an extension come first so `:id` never takes them. */
@ApiTags('snapshots')
@Controller('v1/snapshots')
export class SnapshotsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'generateSnapshot', summary: 'Generate a status snapshot' })
  @ApiJsonAnswer(201, 'SnapshotReceipt', 'Generated', REPLAYED)
  @ApiProblems(...WRITE, 404, 409)
  @HttpCode(201)
  @Access('registrar')
  @ActsFor.anyone()
  @CommandHeaders()
  async generate(@Body() body: GenerateSnapshotDto, @Context() context: CommandContext): Promise<SnapshotReceipt> {
    return this.commands.execute(new GenerateStatusSnapshot(body, context));
  }

  @Get(':id.json')
  @ApiReadYourWrites()
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiOperation({ operationId: 'getSnapshotJson', summary: 'A snapshot as JSON, byte for byte as recorded' })
  @ApiJsonAnswer(200, 'StatusSnapshot', 'The document; its ETag is its SHA-256', ETAG)
  @ApiProblems(...KEYED, 404, 500)
  json(@IdParam() id: string, @Res({ passthrough: true }) response: Response) {
    return this.form(id, 'json', response);
  }

  @Get(':id.md')
  @ApiReadYourWrites()
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiOperation({ operationId: 'getSnapshotMarkdown', summary: 'A snapshot as Markdown' })
  @ApiTextAnswer(200, 'text/markdown', 'The document as Markdown')
  @ApiProblems(...KEYED, 404, 500)
  markdown(@IdParam() id: string, @Res({ passthrough: true }) response: Response) {
    return this.form(id, 'md', response);
  }

  @Get(':id.html')
  @ApiReadYourWrites()
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  @ApiOperation({ operationId: 'getSnapshotHtml', summary: 'A snapshot as HTML, to print' })
  @ApiTextAnswer(200, 'text/html', 'The document as a printable HTML page')
  @ApiProblems(...KEYED, 404, 500)
  html(@IdParam() id: string, @Res({ passthrough: true }) response: Response) {
    return this.form(id, 'html', response);
  }

  @Get(':id')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'getSnapshot', summary: "A snapshot's record and the paths of its forms" })
  @ApiJsonAnswer(200, 'Snapshot', 'The record')
  @ApiProblems(...KEYED, 404)
  @Access(...READERS_OF_REGISTRY)
  @ApiIdParam()
  async metadata(@IdParam() id: string): Promise<SnapshotRecord & { forms: Record<SnapshotForm, string> }> {
    const record = await this.queries.execute(new GetSnapshot(id));
    if (!record) throw new SnapshotNotFound(`snapshot ${id} does not exist`);
    const path = `/v1/snapshots/${id}`;
    return { ...record, forms: { json: `${path}.json`, md: `${path}.md`, html: `${path}.html` } };
  }

  private async form(id: string, form: SnapshotForm, response: Response): Promise<StreamableFile> {
    try {
      const { record, file } = await this.queries.execute(new RenderSnapshot(id, form));
      response.setHeader('Content-Type', CONTENT_TYPES[form]);
      response.setHeader('Content-Disposition', `inline; filename="${id}.${form}"`);
      // The JSON's bytes are fixed by the recorded digest; the other forms change with their templates.
      if (form === 'json') response.setHeader('ETag', `"${record.sha256}"`);
      return new StreamableFile(createReadStream(file));
    } catch (error) {
      if (!(error instanceof SnapshotNotReproducible)) throw error;
      throw new ProblemException({ status: 500, code: 'snapshot-not-reproducible', detail: error.message });
    }
  }
}
