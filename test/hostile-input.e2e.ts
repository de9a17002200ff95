import fc from 'fast-check';
import { TestPacta, startPacta } from './support/pacta';

/**
 * Hostile requests on every route of the OpenAPI document: never a 5xx, always problem+json naming what was
 * wrong, nothing stored, and nothing leaking into the process (prototype pollution).
 */
describe('hostile input on every route', () => {
  let pacta: TestPacta;
  let posts: string[];
  let gets: string[];

  beforeAll(async () => {
    pacta = await startPacta();
    const spec = await pacta.http.get('/openapi.json').expect(200);
    const paths = Object.entries(spec.body.paths as Record<string, Record<string, unknown>>);
    posts = paths.filter(([, m]) => 'post' in m).map(([p]) => p.replace('{id}', 'kunta'));
    gets = paths.filter(([, m]) => 'get' in m).map(([p]) => p.replace('{id}', 'kunta'));
    await pacta.as('registrar').post('/v1/parties', { id: 'kunta', name: { fi: 'Kunta' }, type: 'municipality' }).expect(201);
  });
  afterAll(() => pacta.close());

  const head = async () => (await pacta.http.get('/health')).body.position as number;
  const post = (route: string, raw: string | Buffer, contentType = 'application/json') =>
    pacta
      .as('registrar')
      .post(route)
      .set('Content-Type', contentType)
      .serialize((body) => body)
      .send(raw);

  const expectProblem = (response: { status: number; headers: Record<string, string> }, route: string) => {
    expect([route, response.status >= 400 && response.status < 500]).toEqual([route, true]);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };

  it('refuses prototype-pollution keys and leaves Object.prototype clean', async () => {
    const before = await head();
    for (const route of posts) {
      for (const raw of [
        '{"__proto__": {"polluted": true}, "id": "x"}',
        '{"constructor": {"prototype": {"polluted": true}}}',
        '{"name": {"__proto__": {"polluted": true}, "fi": "x"}, "id": "y", "type": "municipality"}',
      ]) {
        expectProblem(await post(route, raw), route);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const named = await post('/v1/parties', '{"id": "x", "name": {"fi": "x", "__proto__": {"polluted": true}}, "type": "municipality"}');
    expect(named.body.field).toBe('name.__proto__');
    expect(await head()).toBe(before);
  });

  it('refuses invalid UTF-8, deep nesting, wrong content types and huge strings', async () => {
    const before = await head();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    for (const route of posts) {
      expectProblem(await post(route, Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), route);
      expectProblem(await post(route, deep), route);
      expectProblem(await post(route, deepObject), route);
      expectProblem(await post(route, 'id=x', 'application/x-www-form-urlencoded'), route);
      expectProblem(await post(route, '<xml/>', 'application/xml'), route);
      expectProblem(await post(route, JSON.stringify({ id: 'x'.repeat(200_000) })), route);
    }
    expect(await head()).toBe(before);
  });

  it('refuses path traversal and other unsafe ids in every path', async () => {
    const templates = [...posts, ...gets].filter((route) => route.includes('kunta'));
    for (const route of templates) {
      for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2e%2e', 'UPPER', 'a%00b', '-lead', 'x'.repeat(80)]) {
        const path = route.replace('kunta', id);
        const response = route.startsWith('/v1') && posts.includes(route)
          ? await post(path, '{}')
          : await pacta.as('auditor').get(path);
        expect([path, response.status >= 400 && response.status < 500]).toEqual([path, true]);
      }
    }
  });

  it('answers random query values on every GET route without a 5xx', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('2021-02-30', '-1', '1e309', 'null', '9999999999999999999', '__proto__', '%', '2026-13-01', 'T'),
    );
    const names = fc.constantFrom('on', 'knownAt', 'type', 'kind', 'party', 'status', 'year', 'total', 'populationYear', 'from', 'to', 'after', 'limit', 'minPosition', 'version', 'heads');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), fc.dictionary(names, value, { maxKeys: 4 }), async (i, query) => {
        const route = gets[i % gets.length];
        const response = await pacta.as('auditor').get(route).query(query);
        expect([route, query, response.status < 500]).toEqual([route, query, true]);
        if (response.status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 200 },
    );
  });
});
