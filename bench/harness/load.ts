import autocannon from 'autocannon';

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
export async function load(port: number, spec: Load, length: { durationSec: number } | { amount: number }, connections: number): Promise<LoadResult> {
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
export async function compare(port: number, measured: Load, baseline: Load, durationSec: number, connections: number): Promise<Comparison> {
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
