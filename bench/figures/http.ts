import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { compare, type Comparison, type Load } from '../harness/load';
import { memoryOf } from '../harness/process';
import { BENCH_KEYS, serviceEnv } from '../harness/service';
import { steadyCommands, type JoinTarget, type SteadyCommandsRun } from '../harness/steady-commands';
import { healthFigures, type HealthFigures } from './health';

export interface DecisionTarget {
  agreementId: string;
  partyId: string;
  version: number;
}

/** What the loads cycle through: agreements to decide on, parties to join and withdraw, parties to ask about. */
export interface HttpWorkload {
  decisions: DecisionTarget[];
  joins: JoinTarget[];
  partyIds: string[];
}

export interface HttpFigures {
  command: Comparison;
  /** Obligations against the same-size page, with no command running. */
  obligations: Comparison;
  /** The same, while parties join and withdraw at a steady rate, so that obligations change under the queries. */
  mixed: Comparison & { commands: SteadyCommandsRun };
  /** The mean size of the obligations pages the loads ask for, which the same-size route answers. */
  pageBytes: number;
  health: HealthFigures | null;
  serverRssMb: number;
}

/** Commands a second in the mixed load: each changes obligations, so kept pages last ~20 ms. */
export const MIXED_COMMANDS_PER_SEC = 50;
const OBLIGATIONS_ON = '2024-06-01';
const CONNECTIONS = 10;

const SKIPPED: Comparison = { measured: { requestsPerSec: NaN, p99Ms: NaN, errors: 0, non2xx: 0 }, baseline: { requestsPerSec: NaN, p99Ms: NaN, errors: 0, non2xx: 0 }, ratio: NaN };

function decisions(targets: DecisionTarget[]): () => { path: string; body: string } {
  let i = 0;
  return () => {
    const t = targets[i++ % targets.length];
    return {
      path: `/v1/agreements/${t.agreementId}/decisions`,
      body: JSON.stringify({
        partyId: t.partyId,
        body: 'kunnanhallitus',
        meetingDate: '2026-10-12',
        section: `§ ${100 + (i % 300)}`,
        diaryNumber: '441/00.04.02/2026',
        outcome: 'tabled',
        unanimous: true,
        version: t.version,
      }),
    };
  };
}

/** Each party's first page of obligations once, and their mean size in bytes. */
async function meanPageBytes(port: number, partyIds: string[]): Promise<number> {
  let total = 0;
  for (const partyId of partyIds) {
    const answer = await fetch(`http://127.0.0.1:${port}/v1/parties/${partyId}/obligations?on=${OBLIGATIONS_ON}`, { headers: { authorization: `Bearer ${BENCH_KEYS.legal}` } });
    total += (await answer.arrayBuffer()).byteLength;
  }
  return Math.round(total / partyIds.length);
}

async function startBenchApp(buildDir: string, dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(join(buildDir, 'bench/http/server.js'), [], {
    env: serviceEnv(dataDir),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // e.g. BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=bench/.data/prof" to profile the app under load.
    execArgv: process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, port };
}

/** Starts the bench app (production modules + baselines) on the data set in a child process and loads it. */
export async function httpFigures(
  buildDir: string,
  dataDir: string,
  workload: HttpWorkload,
  durationSec: number,
  only?: 'command' | 'obligations' | 'mixed' | 'health',
): Promise<HttpFigures> {
  const { child, port } = await startBenchApp(buildDir, dataDir);
  const runs = (name: typeof only) => !only || only === name;
  try {
    const decision = decisions(workload.decisions);
    const command = !runs('command') ? SKIPPED : await compare(
      port,
      { method: 'POST', key: BENCH_KEYS.registrar, next: decision, cycle: workload.decisions.length },
      { method: 'POST', key: BENCH_KEYS.registrar, next: () => ({ path: '/bench/baseline', body: decision().body }) },
      durationSec,
      CONNECTIONS,
    );
    const { partyIds } = workload;
    const pageBytes = runs('obligations') || runs('mixed') ? await meanPageBytes(port, partyIds) : NaN;
    let j = 0;
    const obligationsLoad: Load = { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: `/v1/parties/${partyIds[j++ % partyIds.length]}/obligations?on=${OBLIGATIONS_ON}` }), cycle: partyIds.length };
    const samePage: Load = { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: `/bench/same-page?bytes=${pageBytes}` }) };
    const obligations = !runs('obligations') ? SKIPPED : await compare(port, obligationsLoad, samePage, durationSec, CONNECTIONS);
    let mixed: HttpFigures['mixed'] = { ...SKIPPED, commands: { sent: 0, perSec: 0, statuses: {} } };
    if (runs('mixed')) {
      const commands = steadyCommands(port, workload.joins, MIXED_COMMANDS_PER_SEC);
      const queried = await compare(port, obligationsLoad, samePage, durationSec, CONNECTIONS);
      mixed = { ...queried, commands: await commands.stop() };
    }
    const health = runs('health') ? await healthFigures(port, partyIds, durationSec) : null;
    return { command, obligations, mixed, pageBytes, health, serverRssMb: memoryOf(child.pid!) };
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
