/**
 * The transparency log over EventStoreDB (the gRPC test double, which cuts every live subscription every few
 * milliseconds while commands land): the kept tree follows the global order the store gives, with its own positions,
 * and ends equal to the tree recomputed from reading the whole log once.
 */
import { join } from 'node:path';
import { appendWhileCutting, useEsdbDouble } from './support/esdb-double';
import { HistoryBuilder, type Step } from '../libs/projections/src/testing/random-history';
import { TransparencyLog, checkCheckpoint, logLeaf, logPages } from '../libs/registry/src';
import { NoteSigner, RootBuilder, leafHash, parseVerifierKey, verifyCheckpoint, verifyInclusion } from '../libs/transparency/src';

const STEPS: Step[] = [
  { kind: 'draft', agreement: 0, mask: 7, joins: [0, 1, 2, 0, 1], open: true },
  { kind: 'population', party: 0, year: 2024, population: 1000 },
  { kind: 'draft', agreement: 1, mask: 5, joins: [2, 1, 0, 1, 0], open: true },
  { kind: 'approve-and-sign-all', agreement: 0, date: 1 },
  { kind: 'enter', agreement: 0, date: 2 },
  { kind: 'join', agreement: 0, party: 3, role: 0, date: 3 },
  { kind: 'review', agreement: 0, year: 2025, next: 6 },
];

describe('the transparency log over EventStoreDB (the test double)', () => {
  const esdb = useEsdbDouble('pacta-esdb-tlog-');

  it("follows the store's global order through dropped subscriptions, to the tree of the whole log read once", async () => {
    const { dir, server, store } = esdb;
    const history = new HistoryBuilder();
    const clock = { minute: 0 };
    await history.appendTo(store, clock);
    const signer = NoteSigner.generate('pacta');
    const log = new TransparencyLog(store, { file: join(dir, 'transparency-log.db'), signer, origin: 'pacta', batchSize: 3 });
    await log.start();
    const drops = await appendWhileCutting(esdb, history, clock, STEPS);
    const size = await log.sizeAfter(await store.headPosition());
    expect(drops).toBeGreaterThan(1);

    const recomputed = new RootBuilder();
    const leaves: string[] = [];
    for await (const page of logPages(store)) for (const event of page) leaves.push(logLeaf(event, leaves.length));
    leaves.forEach((leaf) => recomputed.append(leafHash(leaf)));
    expect(size).toBe(leaves.length);

    const checkpoint = verifyCheckpoint(log.checkpoint(size), parseVerifierKey(log.verifierKey));
    expect(checkpoint.root.equals(recomputed.root())).toBe(true);
    for (let index = 0; index < size; index++) {
      const proof = log.inclusion(index, size);
      expect(proof.leaf).toBe(leaves[index]);
      expect(verifyInclusion(leafHash(proof.leaf), index, size, proof.hashes.map((h) => Buffer.from(h, 'base64')), checkpoint.root)).toBe(true);
    }
    expect(await checkCheckpoint(store, checkpoint, log.tree)).toMatchObject({ match: true, logSize: size });
    await log.stop();
  });
});
