import { rmSync } from 'node:fs';
import { KEYS, startPacta, temporaryDataDir } from './support/pacta';
import { checkedFetch, registrarPost, startService, stopService } from './support/service';

describe('logs', () => {
  it('are JSON lines with request ids, and never hold a key or the Authorization header', async () => {
    const dataDir = temporaryDataDir();
    const service = await startService(dataDir, { PACTA_LOG_LEVEL: 'info' });
    try {
      const written = await registrarPost(service.url, '/v1/parties', { id: 'toivakka', name: { fi: 'Toivakka' }, type: 'municipality' }, { 'X-Request-Id': 'req-toivakka-1' });
      expect(written.status).toBe(201);
      expect(written.headers.get('x-request-id')).toBe('req-toivakka-1');
      await checkedFetch(service.url, '/v1/parties/toivakka', { headers: { Authorization: 'Bearer a-wrong-key-that-must-not-be-logged' } });
      const feed = await checkedFetch(service.url, `/v1/deadlines.ics?key=${KEYS.legal}`);
      expect(feed.status).toBe(200);
      for (const encodedName of ['k%65y', '%6Bey']) expect((await checkedFetch(service.url, `/v1/deadlines.ics?${encodedName}=${KEYS.legal}`)).status).toBe(200);
      const events = await checkedFetch(service.url, '/v1/events?after=0', { headers: { Authorization: `Bearer ${KEYS.auditor}` } });
      expect(((await events.json()) as { events: { metadata: { correlationId: string } }[] }).events[0].metadata.correlationId).toBe('req-toivakka-1');
    } finally {
      await stopService(service);
      rmSync(dataDir, { recursive: true, force: true });
    }
    const output = service.output();
    for (const secret of [...Object.values(KEYS), 'a-wrong-key-that-must-not-be-logged']) expect(output).not.toContain(secret);
    expect(output.toLowerCase()).not.toContain('authorization');
    const requestLines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { req?: { id?: string } });
    expect(requestLines.some((line) => line.req?.id === 'req-toivakka-1')).toBe(true);
  }, 30_000);
});

describe('the hardened edge', () => {
  it('sends security headers', async () => {
    const pacta = await startPacta();
    try {
      const response = await pacta.http.get('/health').expect(200);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBeDefined();
      expect(response.headers['strict-transport-security']).toBeDefined();
      expect(response.headers['x-powered-by']).toBeUndefined();
    } finally {
      await pacta.close();
    }
  });

  it('limits each key separately: 429 problem+json with Retry-After beyond the limit', async () => {
    const pacta = await startPacta({ rateLimitPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) await pacta.as('legal').get('/v1/parties').expect(200);
      const limited = await pacta.as('legal').get('/v1/parties').expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      await pacta.as('auditor').get('/v1/parties').expect(200);
    } finally {
      await pacta.close();
    }
  });
});
