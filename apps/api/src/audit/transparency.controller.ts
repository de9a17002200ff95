import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ConsistencyProof, InclusionProof, TransparencyLog } from '@pacta/registry';
import { Access, READERS_OF_REGISTRY } from '../auth/access';
import { fieldProblem } from '../http/problem';
import { integerQuery } from '../http/query-params';
import { ApiJsonAnswer, ApiProblems, ApiTextAnswer, KEYED } from '../openapi/answers';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import './transparency.responses';

const required = (value: unknown, field: string): number => {
  const parsed = integerQuery(value, field, { min: 0 });
  if (parsed === undefined) throw fieldProblem(400, 'invalid-query', [{ field, detail: 'is required: an integer of at least 0' }]);
  return parsed;
};

const TREE_SIZE = (description: string) =>
  ApiQuery({ name: 'treeSize', required: false, schema: { type: 'integer', minimum: 0 }, description });

/**
 * The transparency log (docs/transparency-log.md): a Merkle tree over the whole log in log order, its signed
 * checkpoints (C2SP tlog-checkpoint) and its proofs (RFC 9162). An answer at the latest size includes every write
 * this instance acknowledged, and `minPosition`'s.
 */
@ApiTags('audit')
@Controller('v1/audit')
export class TransparencyController {
  constructor(private readonly log: TransparencyLog) {}

  @Get('checkpoint')
  @ApiReadYourWrites()
  @Access(...READERS_OF_REGISTRY)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ operationId: 'getCheckpoint', summary: 'The signed checkpoint of the log: save it, and prove the log against it later' })
  @TREE_SIZE('an earlier tree size (events counted from the start of the log); default the latest')
  @ApiTextAnswer(200, 'text/plain', 'A C2SP tlog-checkpoint signed as a C2SP signed note (Ed25519): origin, tree size, root hash, a blank line, the signature')
  @ApiProblems(...KEYED)
  async checkpoint(@Query('treeSize') treeSize: unknown, @Query('minPosition') minPosition: unknown): Promise<string> {
    return this.log.checkpoint(await this.sizeOf(treeSize, 'treeSize', minPosition));
  }

  @Get('key')
  @ApiReadYourWrites()
  @Access(...READERS_OF_REGISTRY)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ operationId: 'getCheckpointKey', summary: 'The verifier key of the checkpoints' })
  @ApiTextAnswer(200, 'text/plain', 'The note verifier key: <name>+<8 hex key id>+<base64(0x01 ‖ Ed25519 public key)>')
  @ApiProblems(...KEYED)
  key(): string {
    return `${this.log.verifierKey}\n`;
  }

  @Get('proofs/inclusion')
  @ApiReadYourWrites()
  @Access('auditor')
  @ApiOperation({ operationId: 'getInclusionProof', summary: 'Proof that leaf `index` is in the tree of `treeSize` leaves (RFC 9162 §2.1.3)' })
  @ApiQuery({ name: 'index', required: true, schema: { type: 'integer', minimum: 0 }, description: 'the leaf: the event counted from 0 in log order' })
  @TREE_SIZE('the tree the proof is for, e.g. the size of a saved checkpoint; default the latest')
  @ApiJsonAnswer(200, 'InclusionProof', 'The leaf and the hashes from it to the root')
  @ApiProblems(...KEYED)
  async inclusion(@Query('index') index: unknown, @Query('treeSize') treeSize: unknown, @Query('minPosition') minPosition: unknown): Promise<InclusionProof> {
    const leaf = required(index, 'index');
    const size = await this.sizeOf(treeSize, 'treeSize', minPosition);
    if (leaf >= size) throw fieldProblem(422, 'beyond-the-tree', [{ field: 'index', detail: `must be below the tree size ${size}` }]);
    return this.log.inclusion(leaf, size);
  }

  @Get('proofs/consistency')
  @ApiReadYourWrites()
  @Access('auditor')
  @ApiOperation({ operationId: 'getConsistencyProof', summary: 'Proof that the tree of `to` leaves extends the tree of `from` leaves (RFC 9162 §2.1.4)' })
  @ApiQuery({ name: 'from', required: true, schema: { type: 'integer', minimum: 0 }, description: 'the earlier tree size, e.g. of a saved checkpoint' })
  @ApiQuery({ name: 'to', required: false, schema: { type: 'integer', minimum: 0 }, description: 'the later tree size; default the latest' })
  @ApiJsonAnswer(200, 'ConsistencyProof', 'The hashes that join the two roots')
  @ApiProblems(...KEYED)
  async consistency(@Query('from') from: unknown, @Query('to') to: unknown, @Query('minPosition') minPosition: unknown): Promise<ConsistencyProof> {
    const older = required(from, 'from');
    const newer = await this.sizeOf(to, 'to', minPosition);
    if (older > newer) throw fieldProblem(422, 'beyond-the-tree', [{ field: 'from', detail: `must be at most the later size ${newer}` }]);
    return this.log.consistency(older, newer);
  }

  /** The size asked for, once the tree holds it (422 beyond the log); else the latest, once it includes minPosition. */
  private async sizeOf(value: unknown, field: string, minPosition: unknown): Promise<number> {
    const asked = integerQuery(value, field, { min: 0 });
    if (asked !== undefined) {
      await this.log.ensureSize(asked, field);
      return asked;
    }
    return this.log.sizeAfter(integerQuery(minPosition, 'minPosition', { min: 0 }));
  }
}
