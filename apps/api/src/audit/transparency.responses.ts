import { z } from 'zod';
import type { ConsistencyProof, InclusionProof } from '@pacta/registry';
import { documenting, named } from '../openapi/schemas';

const treeSize = z.number().int().min(0);
const hashes = z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/)).describe('SHA-256 node hashes, base64, in the order RFC 9162 gives them');

named(
  'InclusionProof',
  documenting<InclusionProof>()(z.strictObject({
    index: treeSize.describe('the leaf, counted from 0 in log order'),
    treeSize,
    leaf: z.string().describe('the leaf: RFC 8785 JSON of {hash, index, position, streamId, streamRevision}; its hash is SHA-256(0x00 ‖ leaf)'),
    hashes,
  })),
  'RFC 9162 §2.1.3: the hashes that lead from the leaf to the root of the tree of treeSize leaves.',
);

named(
  'ConsistencyProof',
  documenting<ConsistencyProof>()(z.strictObject({ from: treeSize, to: treeSize, hashes })),
  'RFC 9162 §2.1.4: the hashes that show the tree of `from` leaves is a prefix of the tree of `to` leaves.',
);
