import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ExportLog, GetLog, LogPage, LogVerification, VerifyLog } from '@pacta/registry';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Access } from '../auth/access';
import { integerQuery } from '../http/query-params';
import { fieldProblem } from '../http/problem';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ApiNdjsonAnswer, ApiProblems, KEYED } from '../openapi/answers';
import './audit.responses';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';

export const MAX_LOG_PAGE = 1000;
const DEFAULT_LOG_PAGE = 100;
const DIGEST = /^[0-9a-f]{64}$/;
const ROOT = /^[A-Za-z0-9+/]{43}=$/;

/** A saved checkpoint's tree size and root: both or neither. */
function checkpointQuery(treeSize: unknown, root: unknown): { size: number; root: Buffer } | undefined {
  const size = integerQuery(treeSize, 'treeSize', { min: 0 });
  if (root !== undefined && (typeof root !== 'string' || !ROOT.test(root))) {
    throw fieldProblem(400, 'invalid-query', [{ field: 'root', detail: 'must be a SHA-256 root hash in base64 (44 characters), as a checkpoint gives it' }]);
  }
  if ((size === undefined) !== (root === undefined)) {
    const missing = size === undefined ? 'treeSize' : 'root';
    throw fieldProblem(400, 'invalid-query', [{ field: missing, detail: 'a checkpoint is checked by its tree size and root: give both' }]);
  }
  return size === undefined ? undefined : { size, root: Buffer.from(root as string, 'base64') };
}

@ApiTags('audit')
@Controller('v1')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('events')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'readLog', summary: 'Read the event log, a page at a time' })
  @ApiJsonAnswer(200, 'LogPage', 'A page of events')
  @ApiProblems(...KEYED)
  @Access('auditor')
  @ApiQuery({ name: 'after', required: false, schema: { type: 'integer', minimum: 0, default: 0 }, description: 'global position to read after; default 0, the start of the log' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, default: DEFAULT_LOG_PAGE }, description: `events per page, 1–${MAX_LOG_PAGE} (larger values are capped); default ${DEFAULT_LOG_PAGE}` })
  log(@Query('after') after: unknown, @Query('limit') limit: unknown): Promise<LogPage> {
    const from = integerQuery(after, 'after', { min: 0, fallback: 0 })!;
    const size = Math.min(integerQuery(limit, 'limit', { min: 1, fallback: DEFAULT_LOG_PAGE })!, MAX_LOG_PAGE);
    return this.queries.execute(new GetLog(from, size));
  }

  @Get('audit/verify')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'verifyLog', summary: 'Verify the hash chain of every stream, and that the log extends a saved checkpoint' })
  @ApiJsonAnswer(200, 'LogVerification', 'The verification; ok false names the broken events')
  @ApiProblems(...KEYED)
  @Access('auditor')
  @ApiQuery({ name: 'heads', required: false, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: 'a heads digest recorded earlier, to detect truncated streams' })
  @ApiQuery({ name: 'position', required: false, schema: { type: 'integer', minimum: 0 }, description: 'the log position that digest was recorded at; default the head' })
  @ApiQuery({ name: 'treeSize', required: false, schema: { type: 'integer', minimum: 0 }, description: 'the tree size of a checkpoint saved earlier (GET /v1/audit/checkpoint), with root' })
  @ApiQuery({ name: 'root', required: false, schema: { type: 'string', pattern: ROOT.source }, description: "that checkpoint's root hash (base64, its third line): the log must still give it" })
  verify(
    @Query('heads') heads: unknown,
    @Query('position') position: unknown,
    @Query('treeSize') treeSize: unknown,
    @Query('root') root: unknown,
  ): Promise<LogVerification> {
    if (heads !== undefined && (typeof heads !== 'string' || !DIGEST.test(heads))) {
      throw fieldProblem(400, 'invalid-query', [{ field: 'heads', detail: 'must be a lowercase hex SHA-256 digest (64 characters)' }]);
    }
    const at = integerQuery(position, 'position', { min: 0 });
    if (at !== undefined && heads === undefined) {
      throw fieldProblem(400, 'invalid-query', [{ field: 'position', detail: 'is the position of a heads digest: give heads too' }]);
    }
    const checkpoint = checkpointQuery(treeSize, root);
    return this.queries.execute(new VerifyLog(heads === undefined ? {} : { expectedHeads: { digest: heads as string, position: at } }, checkpoint));
  }

  @Get('audit/export')
  @ApiReadYourWrites()
  @Access('auditor')
  @ApiOperation({ operationId: 'exportLog', summary: 'Export the whole log as NDJSON, for offline verification' })
  @ApiNdjsonAnswer(200, 'Event', 'One event a line, as in GET /v1/events, in global order')
  @ApiProblems(...KEYED)
  async export(@Res() response: Response): Promise<void> {
    const chunks = await this.queries.execute(new ExportLog());
    response.status(200);
    response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="pacta-export.ndjson"');
    // Not object mode: the stream holds at most one page beyond what the socket has taken.
    await pipeline(Readable.from(chunks, { objectMode: false }), response);
  }
}
