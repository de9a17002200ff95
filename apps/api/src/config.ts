import { EnvKey, SERVICE_NAME, parseApiKeys } from '@pacta/registry';
import { readModelsFileOf } from '@pacta/projections';
import { NoteSigner } from '@pacta/transparency';
import { resolve } from 'node:path';
import type { OidcConfig } from './auth/oidc-tokens';

export interface Config {
  port: number;
  dataDir: string;
  /** Read models: PACTA_READ_MODELS_FILE, else read-models.db in the data directory. */
  readModelsFile: string;
  apiKeys: EnvKey[];
  /** Bearer tokens from the organisation's identity provider, beside the keys; absent: keys only. */
  oidc?: OidcConfig;
  eventStore: 'sqlite' | 'eventstoredb';
  eventStoreConnectionString?: string;
  /** Requests a minute one API key may make; 0 turns the limit off (benchmarks). */
  rateLimitPerMinute: number;
  /** Refused keys a minute one client address may present before it gets 429; 0 turns the limit off. */
  failedKeysPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The transparency log's checkpoints: their origin line and signing key (see openLogSigner). */
  transparencyLog: { origin: string; key?: string; keyFile?: string; keyName?: string };
}

const LOG_LEVELS: Config['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Pacta cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the whole configuration at once, so one start tells every problem. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number 0–65535, not "${env.PORT}"`);
  const eventStore = (env.PACTA_EVENT_STORE ?? 'sqlite') as Config['eventStore'];
  if (!['sqlite', 'eventstoredb'].includes(eventStore)) {
    problems.push(`PACTA_EVENT_STORE must be sqlite or eventstoredb, not "${env.PACTA_EVENT_STORE}"`);
  }
  if (eventStore === 'eventstoredb' && !env.EVENTSTORE_CONNECTION_STRING) {
    problems.push('PACTA_EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false');
  }
  const rateLimitPerMinute = Number(env.PACTA_RATE_LIMIT ?? 6000);
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 0) {
    problems.push(`PACTA_RATE_LIMIT must be a whole number of requests a minute per key (0: no limit), not "${env.PACTA_RATE_LIMIT}"`);
  }
  const failedKeysPerMinute = Number(env.PACTA_FAILED_KEY_LIMIT ?? 60);
  if (!Number.isInteger(failedKeysPerMinute) || failedKeysPerMinute < 0) {
    problems.push(`PACTA_FAILED_KEY_LIMIT must be a whole number of refused keys a minute per client address (0: no limit), not "${env.PACTA_FAILED_KEY_LIMIT}"`);
  }
  const logLevel = (env.PACTA_LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`PACTA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const origin = env.PACTA_LOG_ORIGIN ?? SERVICE_NAME;
  if (!/^[^\n\r]+$/.test(origin) || origin.trim() !== origin) problems.push('PACTA_LOG_ORIGIN must be one line of text without leading or trailing spaces');
  if (env.PACTA_LOG_KEY_NAME !== undefined && !/^[^\s+]+$/.test(env.PACTA_LOG_KEY_NAME)) {
    problems.push('PACTA_LOG_KEY_NAME must be a name without spaces or "+"');
  }
  if (env.PACTA_LOG_KEY) {
    try {
      NoteSigner.fromSignerKey(env.PACTA_LOG_KEY);
    } catch (error) {
      problems.push(`PACTA_LOG_KEY: ${(error as Error).message}`);
    }
  }
  let apiKeys: Config['apiKeys'] = [];
  try {
    apiKeys = parseApiKeys(env.PACTA_API_KEYS);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const oidc = oidcConfig(env, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    dataDir: resolve(env.PACTA_DATA_DIR ?? './data'),
    readModelsFile: resolve(readModelsFileOf(resolve(env.PACTA_DATA_DIR ?? './data'), env)),
    apiKeys,
    oidc,
    eventStore,
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING,
    rateLimitPerMinute,
    failedKeysPerMinute,
    logLevel,
    transparencyLog: {
      origin,
      key: env.PACTA_LOG_KEY || undefined,
      keyFile: env.PACTA_LOG_KEY_FILE ? resolve(env.PACTA_LOG_KEY_FILE) : undefined,
      keyName: env.PACTA_LOG_KEY_NAME,
    },
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https URL; plain http only on this machine, where nobody between could swap the keys. */
function secureUrl(name: string, value: string, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} must be a URL, not "${value}"`);
    return;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    problems.push(`${name} must be an https URL (http only on localhost), not "${value}"`);
  }
}

function oidcConfig(env: NodeJS.ProcessEnv, problems: string[]): OidcConfig | undefined {
  const issuer = env.PACTA_OIDC_ISSUER;
  const audience = env.PACTA_OIDC_AUDIENCE;
  const jwksUrl = env.PACTA_OIDC_JWKS_URL || undefined;
  if (!issuer && !audience && !jwksUrl) return undefined;
  if (!issuer || !audience) {
    problems.push('Signing in through an identity provider needs both PACTA_OIDC_ISSUER and PACTA_OIDC_AUDIENCE');
    return undefined;
  }
  secureUrl('PACTA_OIDC_ISSUER', issuer, problems);
  if (jwksUrl) secureUrl('PACTA_OIDC_JWKS_URL', jwksUrl, problems);
  return {
    issuer,
    audience,
    jwksUrl,
    roleClaim: env.PACTA_OIDC_ROLE_CLAIM || 'pacta_role',
    partyClaim: env.PACTA_OIDC_PARTY_CLAIM || 'pacta_parties',
  };
}
