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

/**
 * The double as a current server (BatchAppend, a commit position per event), then with what a server may also do:
 * one commit position for all the events of an append, and the classic Append call; then the real server named by
 * EVENTSTORE_CONNECTION_STRING when it is set.
 */
export function esdbTargets(env: NodeJS.ProcessEnv = process.env): EsdbTarget[] {
  const targets = [
    doubleTarget('the test double (BatchAppend, commit positions per event)', {}),
    doubleTarget('the test double (BatchAppend, commit positions per append)', { commitLayout: 'per-append' }),
    doubleTarget('the test double (classic Append, commit positions per event)', { batchAppend: false }),
  ];
  const real = env.EVENTSTORE_CONNECTION_STRING;
  if (real) targets.push({ name: `the server at ${real}`, connectionString: async () => real, stop: async () => undefined });
  return targets;
}
