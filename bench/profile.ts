import 'reflect-metadata';
import { SqliteEventStore } from '@pacta/event-store';
import { rebuildReadModels } from '@pacta/projections';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataset } from './dataset/generate';
import { httpFigures } from './figures/http';
import { seedDecided } from './harness/seed';
import { appendWorkload, decisionTargets, joinTargets } from './dataset/workloads';
import { commandPath } from './figures/append';
import { seconds } from './harness/timing';

/**
 * One figure's work alone, for `node --cpu-prof`: `node --cpu-prof bench/.data/build/bench/profile.js rebuild [agreements]`
 * (or `http [agreements] [command|obligations|mixed|health]` with BENCH_SERVER_NODE_OPTIONS=--cpu-prof to profile the app under load)
 * seeds a data set once (kept in bench/.data/profile) and rebuilds its read models.
 */
async function main() {
  const [target = 'rebuild', count = '5000'] = process.argv.slice(2);
  const dir = resolve(__dirname, '../../profile');
  const file = join(dir, `events-${count}.db`);
  const fresh = !existsSync(file);
  mkdirSync(dir, { recursive: true });
  const store = SqliteEventStore.open(file);
  if (fresh && target !== 'append') await seedDecided(store, dataset(Number(count)));
  if (target === 'rebuild') {
    const started = process.hrtime.bigint();
    const position = await rebuildReadModels(store, join(dir, 'read-models.db'));
    console.log(`rebuild: ${position} events, ${Math.round(position / seconds(started))} events/s`);
  }
  await store.close();
  if (target === 'append') {
    // The in-process command path on the parties and the first agreements, read models following.
    const appendDir = join(dir, 'append');
    rmSync(appendDir, { recursive: true, force: true });
    mkdirSync(appendDir, { recursive: true });
    const run = await commandPath(appendWorkload(dataset(Number(count)), Number(count)), appendDir, 1);
    console.log(`append: ${run.commands} commands, ${Math.round(run.commandsPerSec)} commands/s`);
  }
  if (target === 'http') {
    // The bench app on this data set under autocannon; profile it with BENCH_SERVER_NODE_OPTIONS.
    const data = dataset(Number(count));
    const serveDir = join(dir, 'serve');
    // A fresh copy of the log, and read models made from it at start: read models kept from an earlier run would be
    // ahead of the copy, and skip every event the run appends.
    rmSync(serveDir, { recursive: true, force: true });
    mkdirSync(serveDir, { recursive: true });
    copyFileSync(file, join(serveDir, 'events.db'));
    const partyIds = data.parties.filter((p) => p.type === 'municipality').map((p) => p.id);
    const workload = { decisions: decisionTargets(data, 3000), joins: joinTargets(data, partyIds, 1000), partyIds };
    const http = await httpFigures(resolve(__dirname, '..'), serveDir, workload, 5, process.argv[4] as 'command' | 'obligations' | 'mixed' | 'health' | undefined);
    console.log(JSON.stringify(http, null, 2));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
