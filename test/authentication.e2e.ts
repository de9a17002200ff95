import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withoutKey } from '../apps/api/src/http/redact-url';
import { KEYS, TestPacta, startPacta } from './support/pacta';

const toivakka = { id: 'toivakka', name: { fi: 'Toivakka' }, type: 'municipality' };

/** Sends the headers of a 1 MiB POST and only its first bytes, and waits for whatever answer comes. */
function partOfALargePost(pacta: TestPacta, authorization?: string): Promise<{ status: number; body: string }> {
  const server = pacta.app.getHttpServer();
  const port = ((server.address() as AddressInfo | null) ?? (server.listen(0).address() as AddressInfo)).port;
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      port,
      method: 'POST',
      path: '/v1/parties',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(1024 * 1024), ...(authorization && { Authorization: authorization }) },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode!, body });
      });
    });
    request.on('error', reject);
    request.write('{"id": "' + 'x'.repeat(1000));
  });
}

describe('authentication at the edge', () => {
  let pacta: TestPacta;
  beforeEach(async () => {
    pacta = await startPacta({ failedKeysPerMinute: 3 });
  });
  afterEach(() => pacta.close());

  it('refuses a write without a valid key before reading its body', async () => {
    expect(await partOfALargePost(pacta)).toMatchObject({ status: 401 });
    expect(await partOfALargePost(pacta, 'Bearer not-a-key-at-all-00000')).toMatchObject({ status: 401 });
    await pacta.as('registrar').post('/v1/parties', toivakka).expect(201);
  });

  it('turns an address away with 429 and Retry-After once it presented too many wrong keys, even with a right one', async () => {
    for (let i = 0; i < 3; i++) await pacta.http.get('/v1/parties').set('Authorization', `Bearer wrong-key-number-${i}-000000`).expect(401);
    const limited = await pacta.as('legal').get('/v1/parties').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    await pacta.http.post('/v1/parties').set('Authorization', 'Bearer wrong-key-again-0000000').send(toivakka).expect(429);
    await pacta.http.get('/health').expect(200);
  });

  it('lets a missing key cost nothing: only presented keys count towards the limit', async () => {
    for (let i = 0; i < 5; i++) await pacta.http.get('/v1/parties').expect(401);
    await pacta.as('legal').get('/v1/parties').expect(200);
  });

  it('marks every answer that needed a key no-store, the calendar feed and refusals included', async () => {
    for (const answer of [
      await pacta.as('legal').get('/v1/parties').expect(200),
      await pacta.http.get(`/v1/deadlines.ics?key=${KEYS.legal}`).expect(200),
      await pacta.as('registrar').post('/v1/parties', toivakka).expect(201),
      await pacta.http.get('/v1/parties').expect(401),
      await pacta.as('legal').get('/v1/parties/nobody').expect(404),
    ]) {
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    expect((await pacta.http.get('/health').expect(200)).headers['cache-control']).toBeUndefined();
  });

  it('never repeats the calendar key in an answer, however its name is encoded', async () => {
    for (const name of ['key', 'k%65y', '%6Bey', 'KEY']) {
      const answer = await pacta.http.get(`/v1/deadlines.ics?${name}=${KEYS.legal}&from=not-a-date`);
      expect(JSON.stringify(answer.body) + answer.text).not.toContain(KEYS.legal);
    }
  });
});

describe('withoutKey', () => {
  it('redacts every parameter the query parser reads as the key', () => {
    expect(withoutKey('/v1/deadlines.ics?from=2026-01-01&k%65y=secret&%6Bey=secret2&key[]=secret3&key=secret4')).toBe(
      '/v1/deadlines.ics?from=2026-01-01&k%65y=[redacted]&%6Bey=[redacted]&key[]=[redacted]&key=[redacted]',
    );
    expect(withoutKey('/v1/parties?keys=1&monkey=2')).toBe('/v1/parties?keys=1&monkey=2');
    expect(withoutKey('/v1/parties')).toBe('/v1/parties');
  });
});
