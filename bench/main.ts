import 'reflect-metadata';
import { SqliteEventStore } from '@pacta/event-store';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { dataset } from './dataset/generate';
import { appendWorkload, decisionTargets, joinTargets } from './dataset/workloads';
import { commandPath, rawSqliteInserts } from './figures/append';
import { emmettPath } from './figures/emmett';
import { httpFigures, MIXED_COMMANDS_PER_SEC } from './figures/http';
import type { Comparison } from './harness/load';
import { rebuildFigures } from './figures/read-side';
import { startupFigures } from './figures/startup';
import { openRegistry } from './harness/registry';
import { seedDecided, seedThroughCommands } from './harness/seed';
import { seconds } from './harness/timing';
import { figuresOf } from './figures-table';
import { met, Results, table, writeResults } from './report';

const MODES = {
  quick: { agreements: 5_000, appendAgreements: 400, readPasses: 5, seed: 'commands', httpSeconds: 6 },
  full: { agreements: 50_000, appendAgreements: 2_000, readPasses: 3, seed: 'decided', httpSeconds: 20 },
} as const;

const ROOT = resolve(__dirname, '../../../..');
const BUILD = resolve(__dirname, '..');
const DATA = join(ROOT, 'bench/.data');

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const progress = (label: string) => {
  let last = 0;
  return (done: number, total: number) => {
    if (Date.now() - last < 5000) return;
    last = Date.now();
    log(`  ${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  };
};

function freshDir(name: string): string {
  const dir = join(DATA, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function main() {
  const mode = process.argv.includes('--quick') ? 'quick' : 'full';
  const override = process.argv.find((a) => a.startsWith('--agreements='));
  const settings = { ...MODES[mode], ...(override ? { agreements: Number(override.split('=')[1]), appendAgreements: 40 } : {}) };
  const notes: string[] = [];
  const started = process.hrtime.bigint();
  log(`mode ${mode}: ${settings.agreements.toLocaleString('en-US')} agreements`);
  const data = dataset(settings.agreements);

  // 1. The append path: ours, raw better-sqlite3 under it, Emmett beside it, on the same commands.
  const workload = appendWorkload(data, settings.appendAgreements);
  log(`append: ${workload.length.toLocaleString('en-US')} commands through the in-process command path`);
  const appendDir = freshDir('append');
  const ours = await commandPath(workload, appendDir, settings.readPasses);
  log(`  ${Math.round(ours.commandsPerSec)} commands/s; reads ${Math.round(ours.readStreamsPerSec)} streams/s`);
  const raw = rawSqliteInserts(join(appendDir, 'events.db'), join(appendDir, 'raw.db'));
  log(`  raw better-sqlite3: ${Math.round(raw.rowsPerSec)} rows/s`);
  let emmett: Awaited<ReturnType<typeof emmettPath>> | null = null;
  try {
    emmett = await emmettPath(workload, ours.agreementIds, appendDir, settings.readPasses);
    log(`  Emmett SQLite: ${Math.round(emmett.commandsPerSec)} commands/s; reads ${Math.round(emmett.readStreamsPerSec)} streams/s`);
  } catch (error) {
    notes.push(`Emmett was not measured: ${(error as Error).message}`);
    log(`  Emmett failed: ${(error as Error).stack}`);
  }
  rmSync(appendDir, { recursive: true, force: true });

  // 2. The national data set.
  const nationalDir = freshDir('national');
  let store = SqliteEventStore.open(join(nationalDir, 'events.db'));
  const seedStarted = process.hrtime.bigint();
  let seededThrough: string;
  if (settings.seed === 'commands') {
    const steps = appendWorkload(data, data.agreementCount);
    log(`seed: ${steps.length.toLocaleString('en-US')} commands through the command path, in recorded order`);
    const registry = await openRegistry(store, join(nationalDir, 'read-models.db'));
    await seedThroughCommands(registry, steps, progress('seed'));
    await registry.close(); // the registry closes the store it was given, as the service does on shutdown
    store = SqliteEventStore.open(join(nationalDir, 'events.db'));
    seededThrough = 'every command went through the in-process command path (CommandBus), in recorded order';
  } else {
    log('seed: decided events appended stream by stream');
    await seedDecided(store, data, progress('seed'));
    seededThrough =
      'seeded fast: every command decided by the domain deciders, but each stream appended in one transaction (not one per command), so the log is ordered by stream rather than by time';
  }
  const events = await store.headPosition();
  const seedSeconds = seconds(seedStarted);
  log(`  ${events.toLocaleString('en-US')} events in ${seedSeconds.toFixed(0)} s`);

  // 3. Rebuild every read model from position 0 (this also persists the checkpoints the startup figure starts from).
  log('rebuild: every read model from position 0');
  const rebuild = await rebuildFigures(store, join(nationalDir, 'read-models.db'), progress('rebuild'));
  log(`  ${Math.round(rebuild.rebuildEventsPerSec)} events/s; raw read ${Math.round(rebuild.rawReadEventsPerSec)} events/s; the rows inserted ${Math.round(rebuild.rowInsertEventsPerSec)} events/s`);
  await store.close();

  // 4. Start to healthy, and memory, of the production service on the full data set.
  const partyIds = data.parties.filter((p) => p.type === 'municipality' || p.type === 'wellbeing-services-county').map((p) => p.id);
  log('startup: production service on the full data set');
  const startup = await startupFigures(BUILD, nationalDir, partyIds);
  log(`  ready in ${Math.round(startup.readyMs)} ms, ${Math.round(startup.rssMb)} MB resident`);

  // 5. HTTP, each route against its baseline in the same app process.
  log('http: autocannon, 10 connections');
  const httpWorkload = { decisions: decisionTargets(data, 3000), joins: joinTargets(data, partyIds, 1000), partyIds };
  const http = await httpFigures(BUILD, nationalDir, httpWorkload, settings.httpSeconds);
  const perSec = (c: Comparison) => `${Math.round(c.measured.requestsPerSec)}/${Math.round(c.baseline.requestsPerSec)} req/s, p99 ${c.measured.p99Ms} ms`;
  log(`  command ${perSec(http.command)}; obligations ${perSec(http.obligations)} (same-size page ${http.pageBytes} bytes)`);
  log(`  obligations beside ${Math.round(http.mixed.commands.perSec)} commands/s: ${perSec(http.mixed)}; commands answered ${JSON.stringify(http.mixed.commands.statuses)}`);
  if (http.health) log(`  /health p99 ${http.health.idleP99Ms} ms alone, ${http.health.underLoadP99Ms} ms beside the largest legal request (${http.health.largestRequestBytes} bytes; answered ${JSON.stringify(http.health.largestRequestStatuses)})`);
  if (http.health && Object.keys(http.health.largestRequestStatuses).some((status) => status !== '201')) {
    notes.push(`health.underLoadP99Ms: the largest legal request was not always taken (${JSON.stringify(http.health.largestRequestStatuses)}).`);
  }
  if (http.mixed.commands.perSec < 0.95 * MIXED_COMMANDS_PER_SEC) {
    notes.push(`http.mixed: the steady load reached ${Math.round(http.mixed.commands.perSec)} commands a second, not ${MIXED_COMMANDS_PER_SEC}: the service answered them too slowly.`);
  }
  if (Object.keys(http.mixed.commands.statuses).some((status) => status !== '201')) {
    notes.push(`http.mixed: not every command of the steady load was taken (${JSON.stringify(http.mixed.commands.statuses)}).`);
  }
  for (const [name, c] of Object.entries({ command: http.command, obligations: http.obligations, mixed: http.mixed })) {
    const failed = c.measured.errors + c.measured.non2xx;
    if (failed > 0) notes.push(`http.${name}: ${failed} requests failed or answered non-2xx during the measured runs.`);
  }

  const appendDetails = { commands: ours.commands, seconds: ours.seconds, commandsPerSec: ours.commandsPerSec, rawRowsPerSec: raw.rowsPerSec, emmettCommandsPerSec: emmett?.commandsPerSec ?? null, ourReadStreamsPerSec: ours.readStreamsPerSec, emmettReadStreamsPerSec: emmett?.readStreamsPerSec ?? null };
  const figures = figuresOf({ append: appendDetails, http, rebuild, startup });
  if (settings.seed === 'decided') notes.push(`The ${mode} data set was ${seededThrough}.`);
  notes.push('Emmett runs with one shared connection (its singleton pool option) and PRAGMA synchronous=FULL set explicitly; it sets WAL itself. Emmett 0.42.4 is not on the registry reachable here, so emmett-sqlite 0.42.4 runs on emmett 0.42.0 (package.json overrides).');
  notes.push('Our command path decides on a cached fold of each stream (brought up to date with the newer events); Emmett folds the whole stream for every command, as its command handler does. The read comparison folds the whole stream on both sides.');
  notes.push('HTTP ratios are the mean of two alternating runs of each route after a warm-up; the app runs in its own process and autocannon in the bench process.');

  const cpu = cpus();
  const results: Results = {
    machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGb: Math.round(totalmem() / 2 ** 30), os: `${osType()} ${release()}` },
    node: process.version,
    dataset: {
      mode,
      parties: data.parties.length,
      agreements: data.agreementCount,
      events,
      seededThrough: settings.seed === 'commands' ? 'through the command path' : 'decided events appended per stream',
      seedSeconds: Math.round(seedSeconds),
    },
    figures: Object.fromEntries(figures.map((f) => [f.name, f.value === null ? null : Number(f.value.toPrecision(4))])),
    bars: Object.fromEntries(figures.filter((f) => f.bar).map((f) => [f.name, { bar: `${f.bar!.op} ${f.bar!.value}`, met: met(f) }])),
    details: {
      append: appendDetails,
      rebuild,
      http,
      startup,
      totalSeconds: Math.round(seconds(started)),
    },
    notes,
    generatedAt: new Date().toISOString(),
  };
  writeResults(join(ROOT, 'bench/results.json'), join(ROOT, 'bench/RESULTS.md'), results, figures, mode);
  console.log(`\n${table(figures, results.node)}\n`);
  log(`done in ${Math.round(seconds(started))} s: bench/results.json, bench/RESULTS.md`);
  rmSync(nationalDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
