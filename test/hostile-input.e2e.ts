import fc from 'fast-check';
import { TestPacta, startPacta } from './support/pacta';
import { draftBody } from './support/bodies';

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

  describe('requests that cost more than they should', () => {
    const bigDraft = (obligations: unknown[]) =>
      JSON.stringify({
        id: 'iso',
        kind: 'framework',
        title: { fi: 'Iso' },
        term: { startsOn: '2023-01-01', endsOn: null },
        parties: [{ partyId: 'kunta', role: 'host' }],
        obligations,
      });
    const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

    it('refuses 250,000 empty obligations by the array limit alone, in a small answer', async () => {
      const raw = bigDraft(new Array(250_000).fill({}));
      const peakBefore = peakRssMb();
      const response = await post('/v1/agreements', raw);
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([{ field: 'obligations', detail: expect.stringMatching(/200/) }]);
      expect(response.text.length).toBeLessThan(4_096);
      expect(peakRssMb() - peakBefore).toBeLessThan(100);
    });

    it('lists a bounded number of errors and says how many it left out', async () => {
      const raw = bigDraft(new Array(200).fill({}));
      const response = await post('/v1/agreements', raw);
      expect(response.status).toBe(422);
      expect(response.body.errors.length).toBeLessThanOrEqual(50);
      expect(response.body.errorsOmitted).toBeGreaterThan(0);
      expect(response.text.length).toBeLessThan(raw.length + 16_384);
    });

    it('does not echo a huge key back several times', async () => {
      const raw = JSON.stringify({ ['k'.repeat(500_000)]: 1, id: 'x', name: { fi: 'x' }, type: 'municipality' });
      const response = await post('/v1/parties', raw);
      expectProblem(response, '/v1/parties');
      expect(response.text.length).toBeLessThan(4_096);
    });
  });

  describe('input the API once accepted and then failed on', () => {
    const draft = draftBody;
    beforeAll(() => pacta.as('registrar').post('/v1/parties', { id: 'toinen', name: { fi: 'Toinen' }, type: 'municipality' }).expect(201));

    it.each(['9999-12-31', '9999-01-01', '2201-01-01'])('refuses a snapshot on %s naming the field', async (on) => {
      const response = await pacta.as('registrar').post('/v1/snapshots', { scope: { partyId: 'kunta' }, on, title: 'Tilanne' });
      expectProblem(response, on);
      expect(response.body.field).toBe('on');
    });

    it.each(['0050-01-01', '0000-01-01', '0099-12-31', '1899-12-31'])('refuses the date %s rather than read it as another century', async (startsOn) => {
      const response = await pacta.as('registrar').post('/v1/agreements', draft({ id: 'vanha', term: { startsOn, endsOn: null } }));
      expectProblem(response, startsOn);
      expect(response.body.field).toBe('term.startsOn');
      expect(response.body.errors[0].detail).toMatch(/1900-01-01/);
    });

    it.each(['/v1/obligations?on=0050-01-01', '/v1/deadlines?from=0001-01-01', '/v1/parties/kunta/obligations?on=9999-12-31'])(
      'refuses the query %s naming the parameter',
      async (path) => {
        const response = await pacta.as('auditor').get(path);
        expectProblem(response, path);
        expect(['on', 'from']).toContain(response.body.field);
      },
    );

    const lone = 'x\\ud800y';
    it.each([
      ['name.fi', '/v1/parties', `{"id":"pinta","name":{"fi":"${lone}"},"type":"municipality"}`],
      ['source', '/v1/parties/kunta/populations', `{"year":2024,"population":1,"source":"${lone}"}`],
      ['diaryNumber', '/v1/agreements', JSON.stringify(draft({ id: 'pinta', diaryNumber: 'D' })).replace('"D"', `"${lone}"`)],
      ['title', '/v1/snapshots', `{"scope":{"partyId":"kunta"},"on":"2024-01-01","title":"${lone}"}`],
    ])('refuses a lone surrogate in %s on %s', async (field, route, raw) => {
      const before = await head();
      const response = await post(route, raw);
      expectProblem(response, route);
      expect(response.body.field).toBe(field);
      expect(await head()).toBe(before);
    });

    it.each(['hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'])(
      'refuses the key %s like any unknown field, at the top and nested',
      async (key) => {
        const top = await post('/v1/parties', JSON.stringify({ id: 'avain', name: { fi: 'A' }, type: 'municipality', [key]: 1 }));
        expectProblem(top, key);
        expect(top.body.field).toBe(key);
        const nested = await post('/v1/parties', JSON.stringify({ id: 'avain', name: { fi: 'A', [key]: 'x' }, type: 'municipality' }));
        expectProblem(nested, key);
        expect(nested.body.field).toBe(`name.${key}`);
      },
    );
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
