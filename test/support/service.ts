import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Contract, OpenApiDocument } from './contract';
import { KEYS } from './pacta';

export const REPO = join(__dirname, '..', '..');

/** Runs the `pacta` CLI of the build jest's global setup makes on a data directory, to its end. */
export const runCli = (dataDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(REPO, 'dist', 'apps', 'cli', 'src', 'main.js'), ...args], { env: { ...process.env, PACTA_DATA_DIR: dataDir }, encoding: 'utf8' });

export interface RunningService {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
}

let nextPort = 41000 + Math.floor(Math.random() * 2000);

/** The compiled service (built once per run by build-once.js) as a real process on a data directory. */
export async function startService(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningService> {
  const port = nextPort++;
  const child = spawn(process.execPath, [join(REPO, 'dist/apps/api/src/main.js')], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      PACTA_DATA_DIR: dataDir,
      PACTA_API_KEYS: Object.entries(KEYS).map(([role, key]) => `${role}:${key}`).join(','),
      PACTA_LOG_LEVEL: 'warn',
      PACTA_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) {
        // Read the contract now, so checking answers adds nothing to a test's timed load.
        await contractAt(url);
        return { child, port, url, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the service did not become healthy in 20 s:\n${output}`);
}

export async function stopService(service: RunningService, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (service.child.exitCode !== null) return service.child.exitCode;
  service.child.kill(signal);
  const [code, killedBy] = await once(service.child, 'exit');
  // A stop that should have been graceful says how it ended and what the service printed, for the failing test's log.
  if (signal !== 'SIGKILL' && code !== 0) console.error(`the service ended with ${code ?? killedBy} after ${signal}:\n${service.output()}`);
  return code as number | null;
}

const contracts = new Map<string, Promise<Contract>>();

/** The contract of a running service, read from its own /openapi.json once. */
function contractAt(url: string): Promise<Contract> {
  let contract = contracts.get(url);
  if (!contract) {
    contract = fetch(`${url}/openapi.json`).then(async (response) => new Contract((await response.json()) as OpenApiDocument));
    contracts.set(url, contract);
  }
  return contract;
}

/** `fetch` against a running service, its answer held to the service's OpenAPI document like every supertest answer. */
export async function checkedFetch(url: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${url}${path}`, init);
  const contentType = response.headers.get('content-type') ?? undefined;
  const problem = (await contractAt(url)).check(init.method ?? 'GET', path, response.status, contentType, await response.clone().text());
  if (problem) throw new Error(`not as the OpenAPI document says: ${problem}`);
  return response;
}

export function registrarPost(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return checkedFetch(url, path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEYS.registrar}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
