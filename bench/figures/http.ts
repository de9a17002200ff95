import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { MAX_BODY_BYTES } from '../../apps/api/src/http/body-parsing';
import { memoryOf } from '../harness/process';

export const BENCH_KEYS = { registrar: 'bench-registrar-key-000000001', legal: 'bench-legal-key-00000000000001' };

export function serviceEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PACTA_DATA_DIR: dataDir,
    PACTA_API_KEYS: `registrar:${BENCH_KEYS.registrar},legal:${BENCH_KEYS.legal}`,
    PACTA_RATE_LIMIT: '0',
    PACTA_LOG_LEVEL: 'warn',
    PACTA_READ_MODELS_FILE: '',
  };
}

export interface LoadResult {
  requestsPerSec: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface Load {
  method: 'GET' | 'POST';
  key: string;
  /** Called for every request: the path and, for POST, the body. */
  next(): { path: string; body?: string };
  /** How many different requests `next` cycles through: the warm-up makes at least that many, one of each. */
  cycle?: number;
}

/** For `durationSec` seconds, or until `amount` requests are answered. */
async function load(port: number, spec: Load, length: { durationSec: number } | { amount: number }, connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    ...('amount' in length ? { amount: length.amount } : { duration: length.durationSec }),
    requests: [
      {
        method: spec.method,
        headers: { authorization: `Bearer ${spec.key}`, 'content-type': 'application/json' },
        setupRequest: (request: Record<string, unknown>) => {
          const { path, body } = spec.next();
          return { ...request, path, ...(body !== undefined ? { body } : {}) };
        },
      },
    ],
  } as autocannon.Options);
  return {
    requestsPerSec: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface Comparison {
  measured: LoadResult;
  baseline: LoadResult;
  ratio: number;
}

/**
 * Measured route and its baseline alternately, twice each after a warm-up, in the same app process. The warm-up
 * runs 2 s, and then through the measured route's whole cycle once, so that no first request of one is measured.
 */
async function compare(port: number, measured: Load, baseline: Load, durationSec: number, connections: number): Promise<Comparison> {
  await load(port, measured, { durationSec: 2 }, connections);
  if (measured.cycle) await load(port, measured, { amount: measured.cycle }, connections);
  await load(port, baseline, { durationSec: 2 }, connections);
  const runs: { m: LoadResult; b: LoadResult }[] = [];
  for (let round = 0; round < 2; round++) {
    const b = await load(port, baseline, { durationSec }, connections);
    const m = await load(port, measured, { durationSec }, connections);
    runs.push({ m, b });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const merge = (rs: LoadResult[]): LoadResult => ({
    requestsPerSec: mean(rs.map((r) => r.requestsPerSec)),
    p99Ms: Math.max(...rs.map((r) => r.p99Ms)),
    errors: rs.reduce((a, r) => a + r.errors, 0),
    non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
  });
  const m = merge(runs.map((r) => r.m));
  const b = merge(runs.map((r) => r.b));
  return { measured: m, baseline: b, ratio: m.requestsPerSec / b.requestsPerSec };
}

export interface HealthFigures {
  idleP99Ms: number;
  underLoadP99Ms: number;
  /** The body of each request of the load, and how the service answered them. */
  largestRequestBytes: number;
  largestRequestStatuses: Record<string, number>;
}

export interface HttpFigures {
  command: Comparison;
  obligations: Comparison;
  health: HealthFigures | null;
  serverRssMb: number;
}

/** The most parties and obligations a draft may list (DraftAgreementDto), each text at its longest. */
const MOST_PARTIES = 500;
const MOST_OBLIGATIONS = 200;

/** The largest draft the API takes, on parties the data set registered: every list and every text at its limit. */
export function largestDraft(partyIds: string[], id: string): string {
  const text = (i: number, language: string) => `${language} ${i}: ${'tuottaa sovitut palvelut kaikille osapuolille '.repeat(12)}`.slice(0, 500);
  const draft = JSON.stringify({
    id,
    kind: 'framework',
    title: { fi: text(0, 'fi'), sv: text(0, 'sv'), en: text(0, 'en') },
    diaryNumber: '1/00.04.01/2026'.padEnd(100, '.'),
    term: { startsOn: '2026-01-01', endsOn: null },
    parties: partyIds.slice(0, MOST_PARTIES).map((partyId, i) => ({ partyId, role: i === 0 ? 'host' : 'participant' })),
    obligations: Array.from({ length: MOST_OBLIGATIONS }, (_, i) => ({
      id: `velvoite-${i + 1}`,
      type: 'produce-service',
      obligor: { role: 'participant' },
      beneficiary: 'all',
      description: { fi: text(i, 'fi'), sv: text(i, 'sv'), en: text(i, 'en') },
      clause: `${i + 1}`.padEnd(50, '.'),
    })),
  });
  if (Buffer.byteLength(draft) > MAX_BODY_BYTES) throw new Error('the largest draft exceeds the body limit');
  return draft;
}

/**
 * /health's p99 alone, then while one client posts the largest legal request back to back: a request the API
 * accepts, however large, must not hold up the others.
 */
async function healthFigures(port: number, partyIds: string[], durationSec: number): Promise<HealthFigures> {
  const health: Load = { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: '/health' }) };
  const idle = await load(port, health, { durationSec }, 1);
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let running = true;
  const posting = (async () => {
    for (let n = 1; running; n++) {
      const body = largestDraft(partyIds, `bench-largest-draft-${n}`);
      bytes = Buffer.byteLength(body);
      const answer = await fetch(`http://127.0.0.1:${port}/v1/agreements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BENCH_KEYS.registrar}`, 'content-type': 'application/json' },
        body,
      });
      await answer.arrayBuffer();
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }
  })();
  const underLoad = await load(port, health, { durationSec }, 1);
  running = false;
  await posting;
  return { idleP99Ms: idle.p99Ms, underLoadP99Ms: underLoad.p99Ms, largestRequestBytes: bytes, largestRequestStatuses: statuses };
}

export interface DecisionTarget {
  agreementId: string;
  partyId: string;
  version: number;
}

/** Starts the bench app (production modules + baselines) on the data set in a child process and loads it. */
export async function httpFigures(
  buildDir: string,
  dataDir: string,
  targets: DecisionTarget[],
  partyIds: string[],
  durationSec: number,
  only?: 'command' | 'obligations' | 'health',
): Promise<HttpFigures> {
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
  try {
    let i = 0;
    const decision = () => {
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
    const skipped: Comparison = { measured: { requestsPerSec: NaN, p99Ms: NaN, errors: 0, non2xx: 0 }, baseline: { requestsPerSec: NaN, p99Ms: NaN, errors: 0, non2xx: 0 }, ratio: NaN };
    const command = only && only !== 'command' ? skipped : await compare(
      port,
      { method: 'POST', key: BENCH_KEYS.registrar, next: decision, cycle: targets.length },
      { method: 'POST', key: BENCH_KEYS.registrar, next: () => ({ path: '/bench/baseline', body: decision().body }) },
      durationSec,
      10,
    );
    let j = 0;
    const obligations = only && only !== 'obligations' ? skipped : await compare(
      port,
      { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: `/v1/parties/${partyIds[j++ % partyIds.length]}/obligations?on=2024-06-01` }), cycle: partyIds.length },
      { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: '/bench/baseline' }) },
      durationSec,
      10,
    );
    const health = only && only !== 'health' ? null : await healthFigures(port, partyIds, durationSec);
    return { command, obligations, health, serverRssMb: memoryOf(child.pid!) };
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
