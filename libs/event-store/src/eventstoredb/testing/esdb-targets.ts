import type { CommitLayout } from './esdb-test-log';
import { EsdbTestServer, type EsdbTestServerOptions } from './esdb-test-server';

/** A server the EventStoreDB suites run against: the test double in one configuration, or a real server. */
export interface EsdbTarget {
  name: string;
  /** Starts the server on first use. */
  connectionString(): Promise<string>;
  stop(): Promise<void>;
}

export function doubleTarget(name: string, options: EsdbTestServerOptions): EsdbTarget {
  let server: Promise<EsdbTestServer> | undefined;
  return {
    name,
    connectionString: async () => (await (server ??= EsdbTestServer.start(options))).connectionString(),
    stop: async () => (await server)?.stop(),
  };
}

const LAYOUTS: CommitLayout[] = ['per-event', 'per-append'];

/**
 * The double under each commit-position layout a server may use, then the real server named by
 * EVENTSTORE_CONNECTION_STRING when it is set.
 */
export function esdbTargets(env: NodeJS.ProcessEnv = process.env): EsdbTarget[] {
  const targets = LAYOUTS.map((commitLayout) => doubleTarget(`the test double (commit positions ${commitLayout})`, { commitLayout }));
  const real = env.EVENTSTORE_CONNECTION_STRING;
  if (real) targets.push({ name: `the server at ${real}`, connectionString: async () => real, stop: async () => undefined });
  return targets;
}
