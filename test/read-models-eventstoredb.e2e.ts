/**
 * Read models fed from EventStoreDB while the connection keeps dropping: the projection runner follows the
 * adapter's subscription over the gRPC test double, which cuts every live subscription every few milliseconds while
 * commands are appended. An event lost or delivered twice would leave the followed read models unlike a rebuild
 * from zero of the same log.
 */
import { join } from 'node:path';
import { appendWhileCutting, useEsdbDouble } from './support/esdb-double';
import { ProjectionRunner, rebuildReadModels } from '../libs/projections/src';
import { dumpReadModels } from '../libs/projections/src/testing/dump-read-models';
import { HistoryBuilder, type Step } from '../libs/projections/src/testing/random-history';

const STEPS: Step[] = [
  { kind: 'draft', agreement: 0, mask: 7, joins: [0, 1, 2, 0, 1], open: true },
  { kind: 'population', party: 0, year: 2024, population: 1000 },
  { kind: 'revise', agreement: 0, mask: 3, joins: [1, 0, 2, 2, 1], open: false },
  { kind: 'draft', agreement: 1, mask: 5, joins: [2, 1, 0, 1, 0], open: true },
  { kind: 'approve-and-sign-all', agreement: 0, date: 1 },
  { kind: 'enter', agreement: 0, date: 2 },
  { kind: 'join', agreement: 0, party: 3, role: 0, date: 3 },
  { kind: 'population', party: 1, year: 2025, population: 2000 },
  { kind: 'review', agreement: 0, year: 2025, next: 6 },
  { kind: 'withdraw', agreement: 0, party: 1, date: 4 },
];

describe('read models over EventStoreDB (the test double)', () => {
  const esdb = useEsdbDouble('pacta-esdb-read-models-');

  it('stay equal to a rebuild from zero though the subscription is cut again and again while commands land', async () => {
    const { dir, server, store } = esdb;
    const history = new HistoryBuilder();
    const clock = { minute: 0 };
    await history.appendTo(store, clock); // the parties
    const file = join(dir, 'followed.db');
    const runner = new ProjectionRunner(store, { file, batchSize: 3 });
    await runner.start();
    const drops = await appendWhileCutting(esdb, history, clock, STEPS);
    const head = await store.headPosition();
    expect(await runner.waitFor(head, 10_000)).toBe(true);
    await runner.stop();
    expect(drops).toBeGreaterThan(1);
    expect(server.calls.subscribeToAll).toBeGreaterThanOrEqual(drops);

    const rebuilt = join(dir, 'rebuilt.db');
    expect(await rebuildReadModels(store, rebuilt)).toBe(head);
    expect(dumpReadModels(file)).toEqual(dumpReadModels(rebuilt));
  });
});
