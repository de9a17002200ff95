import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createPacta } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
import { Contract, OpenApiDocument, contractChecked } from './contract';

export const KEYS = {
  registrar: 'registrar-key-for-tests-0001',
  legal: 'legal-key-for-tests-00000001',
  auditor: 'auditor-key-for-tests-000001',
} as const;

export type TestRole = keyof typeof KEYS;

export interface TestPacta {
  app: INestApplication;
  dataDir: string;
  http: ReturnType<typeof request>;
  as(role: TestRole): {
    get(path: string): request.Test;
    post(path: string, body?: unknown): request.Test;
  };
  close(options?: { keepData?: boolean }): Promise<void>;
}

export function temporaryDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pacta-test-'));
}

let contract: { text: string; contract: Contract } | undefined;

/** The application's own OpenAPI document, compiled once per test file (it is the same for every instance). */
async function contractOf(app: INestApplication): Promise<Contract> {
  const { text } = await request(app.getHttpServer()).get('/openapi.json').expect(200);
  if (contract?.text !== text) contract = { text, contract: new Contract(JSON.parse(text) as OpenApiDocument) };
  return contract.contract;
}

/** `GET /v1/audit/verify` (with `query`) from a Pacta started on `dataDir`, which is left in place afterwards. */
export async function verifyOverHttp(dataDir: string, query = '') {
  const running = await startPacta({ dataDir });
  try {
    return (await running.as('auditor').get(`/v1/audit/verify${query}`).expect(200)).body;
  } finally {
    await running.close({ keepData: true });
  }
}

/**
 * A real Pacta on SQLite in a temporary directory, with one known key per role and a fixed "today"; every answer its
 * `http` receives is checked against the OpenAPI document. `apiKeys` adds `PACTA_API_KEYS` entries (scoped keys),
 * `env` more configuration (an identity provider).
 */
export async function startPacta(
  options: {
    dataDir?: string;
    now?: string;
    rateLimitPerMinute?: number;
    failedKeysPerMinute?: number;
    apiKeys?: string[];
    env?: Record<string, string>;
  } = {},
): Promise<TestPacta> {
  const dataDir = options.dataDir ?? temporaryDataDir();
  const config = loadConfig({
    ...options.env,
    PACTA_DATA_DIR: dataDir,
    PACTA_API_KEYS: [...Object.entries(KEYS).map(([role, key]) => `${role}:${key}`), ...(options.apiKeys ?? [])].join(','),
    PACTA_LOG_LEVEL: 'silent',
    PACTA_RATE_LIMIT: String(options.rateLimitPerMinute ?? 0),
    ...(options.failedKeysPerMinute !== undefined && { PACTA_FAILED_KEY_LIMIT: String(options.failedKeysPerMinute) }),
  });
  const now = new Date(options.now ?? '2026-11-23T10:00:00Z');
  const { app } = await createPacta(config, { clock: { now: () => now } });
  await app.init();
  const http = contractChecked(request(app.getHttpServer()), await contractOf(app));
  return {
    app,
    dataDir,
    http,
    as(role) {
      const auth = `Bearer ${KEYS[role]}`;
      return {
        get: (path) => http.get(path).set('Authorization', auth),
        post: (path, body) => {
          const test = http.post(path).set('Authorization', auth);
          return body === undefined ? test : test.send(body as object);
        },
      };
    },
    async close({ keepData = false } = {}) {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
