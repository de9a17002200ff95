import fc from 'fast-check';
import { TestPacta, startPacta } from './support/pacta';

/** Values that are JSON but of every wrong shape: wrong types, unknown and hostile keys, deep nesting. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 0, -1, 1.5, 1e308, '', '2021-02-30', '0050-01-01', '9999-12-31', 'x\ud800y', '0208201-2', '__proto__', 'x'.repeat(5000)),
    fc.string(),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'partyId', 'version')), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

describe('random malformed bodies on every command route', () => {
  let pacta: TestPacta;
  let routes: string[];

  beforeAll(async () => {
    pacta = await startPacta();
    const spec = await pacta.http.get('/openapi.json').expect(200);
    routes = Object.entries(spec.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'post' in methods)
      .map(([path]) => path.replace('{id}', 'existing'));
    await pacta.as('registrar').post('/v1/parties', { id: 'existing', name: { fi: 'Kunta' }, type: 'municipality' }).expect(201);
    await pacta.as('registrar').post('/v1/parties', { id: 'other', name: { fi: 'Toinen' }, type: 'municipality' }).expect(201);
    await pacta
      .as('registrar')
      .post('/v1/agreements', {
        id: 'existing',
        kind: 'framework',
        title: { fi: 'Puitesopimus' },
        term: { startsOn: '2023-01-01', endsOn: null },
        parties: [
          { partyId: 'existing', role: 'participant' },
          { partyId: 'other', role: 'participant' },
        ],
        obligations: [],
      })
      .expect(201);
  });
  afterAll(() => pacta.close());

  it('covers every command route of the contract', () => {
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it('never answers 5xx, always problem+json, and stores nothing', async () => {
    const before = (await pacta.http.get('/health')).body.position;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), hostileValue, async (routeIndex, body) => {
        const route = routes[routeIndex % routes.length];
        const response = await pacta.as('registrar').post(route).set('Content-Type', 'application/json').send(JSON.stringify(body));
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 300 },
    );
    expect((await pacta.http.get('/health')).body.position).toBe(before);
  });
});
