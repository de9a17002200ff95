import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { memoryOf } from '../harness/process';
import { seconds } from '../harness/timing';
import { BENCH_KEYS, serviceEnv } from '../harness/service';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });

export interface StartupFigures {
  readyMs: number;
  rssMb: number;
}

/**
 * The production service (dist main.js) on the full data set with checkpoints already persisted: time from spawn
 * until /health answers 200, then its resident memory after it has answered each party's obligations once.
 */
export async function startupFigures(buildDir: string, dataDir: string, partyIds: string[]): Promise<StartupFigures> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(buildDir, 'apps/api/src/main.js')], {
    env: { ...serviceEnv(dataDir), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    let readyMs = NaN;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.ok) {
          readyMs = seconds(started) * 1000;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const partyId of partyIds) {
      await fetch(`http://127.0.0.1:${port}/v1/parties/${partyId}/obligations?on=2024-06-01`, {
        headers: { authorization: `Bearer ${BENCH_KEYS.legal}` },
      }).then((r) => r.arrayBuffer());
    }
    return { readyMs, rssMb: memoryOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
