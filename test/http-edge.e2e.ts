import { KEYS, TestPacta, startPacta } from './support/pacta';

const jyvaskyla = { id: 'jyvaskyla', name: { fi: 'Jyväskylän kaupunki' }, type: 'municipality', municipalityCode: '179', businessId: '0208201-1' };

describe('the HTTP edge', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
  });
  afterAll(() => pacta.close());

  const eventCount = async () => (await pacta.http.get('/health')).body.position as number;

  it('answers /health, /openapi.json and /docs without a key', async () => {
    await pacta.http.get('/health').expect(200);
    const spec = await pacta.http.get('/openapi.json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/v1/parties', '/v1/agreements/{id}/signatures']));
    await pacta.http.get('/docs').redirects(1).expect(200);
  });

  it('refuses a missing or wrong key with 401 problem+json naming Authorization', async () => {
    const missing = await pacta.http.post('/v1/parties').send(jyvaskyla).expect(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 401, field: 'Authorization' });
    await pacta.http.post('/v1/parties').set('Authorization', 'Bearer not-a-key-at-all-00000').send(jyvaskyla).expect(401);
  });

  it('takes the key from ?key= only on the calendar feed, which calendar programs subscribe to by URL', async () => {
    const feed = await pacta.http.get(`/v1/deadlines.ics?key=${KEYS.legal}`).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    await pacta.http.get('/v1/deadlines.ics?key=not-a-key-at-all-00000').expect(401);
    await pacta.http.get(`/v1/deadlines?key=${KEYS.legal}`).expect(401);
    await pacta.http.post(`/v1/parties?key=${KEYS.registrar}`).send(jyvaskyla).expect(401);
  });

  it('lets only registrars write', async () => {
    await pacta.as('legal').post('/v1/parties', jyvaskyla).expect(403);
    await pacta.as('auditor').post('/v1/parties', jyvaskyla).expect(403);
    expect(await eventCount()).toBe(0);
  });

  it('refuses a bad Y-tunnus check digit with 422 naming businessId, writing nothing', async () => {
    const response = await pacta.as('registrar').post('/v1/parties', { ...jyvaskyla, businessId: '0208201-2' }).expect(422);
    expect(response.body.field).toBe('businessId');
    expect(await eventCount()).toBe(0);
  });

  it('refuses unknown fields, naming them, including nested ones', async () => {
    const top = await pacta.as('registrar').post('/v1/parties', { ...jyvaskyla, extra: 1 }).expect(422);
    expect(top.body.field).toBe('extra');
    const nested = await pacta.as('registrar').post('/v1/parties', { ...jyvaskyla, name: { fi: 'x', de: 'y' } }).expect(422);
    expect(nested.body.field).toBe('name.de');
  });

  it('registers a party with a verified Y-tunnus', async () => {
    await pacta.as('registrar').post('/v1/parties', jyvaskyla).expect(201);
  });

  it('refuses an impossible date naming the field', async () => {
    await pacta.as('registrar').post('/v1/parties', { ...jyvaskyla, id: 'laukaa', municipalityCode: '410', businessId: undefined }).expect(201);
    const response = await pacta
      .as('registrar')
      .post('/v1/agreements', {
        id: 'bad-dates',
        kind: 'family-law',
        title: { fi: 'x' },
        term: { startsOn: '2021-02-30', endsOn: null },
        parties: [
          { partyId: 'jyvaskyla', role: 'host' },
          { partyId: 'laukaa', role: 'participant' },
        ],
        obligations: [],
      })
      .expect(422);
    expect(response.body.field).toBe('term.startsOn');
  });

  it('answers malformed JSON with 400, a wrong content type with 415 and a body over 1 MiB with 413', async () => {
    const malformed = await pacta.as('registrar').post('/v1/parties').set('Content-Type', 'application/json').send('{"id": ').expect(400);
    expect(malformed.body.field).toBe('body');
    await pacta.as('registrar').post('/v1/parties').set('Content-Type', 'text/plain').send('hello').expect(415);
    const huge = JSON.stringify({ ...jyvaskyla, name: { fi: 'x'.repeat(1024 * 1024 + 10) } });
    await pacta.as('registrar').post('/v1/parties').set('Content-Type', 'application/json').send(huge).expect(413);
  });

  it('refuses ids outside the safe pattern in paths', async () => {
    const response = await pacta.as('registrar').get('/v1/parties/..%2F..%2Fetc').expect(400);
    expect(response.body.field).toBe('id');
  });

  it('applies an Idempotency-Key once: a replay gets the first answer, another body a 422', async () => {
    const before = await eventCount();
    const body = { year: 2020, population: 144473, source: 'Tilastokeskus 31.12.2020' };
    const first = await pacta.as('registrar').post('/v1/parties/jyvaskyla/populations', body).set('Idempotency-Key', 'pop-2020').expect(201);
    const again = await pacta.as('registrar').post('/v1/parties/jyvaskyla/populations', body).set('Idempotency-Key', 'pop-2020').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await pacta
      .as('registrar')
      .post('/v1/parties/jyvaskyla/populations', { ...body, population: 1 })
      .set('Idempotency-Key', 'pop-2020')
      .expect(422);
    expect(other.body.field).toBe('Idempotency-Key');
    expect(await eventCount()).toBe(before + 1);
  });

  it('generates the same agreement id for a replayed draft without an id', async () => {
    const draft = {
      kind: 'family-law',
      title: { fi: 'Perheoikeudelliset palvelut' },
      term: { startsOn: '2021-01-01', endsOn: null },
      parties: [
        { partyId: 'jyvaskyla', role: 'host' },
        { partyId: 'laukaa', role: 'participant', joinsOn: '2021-05-01' },
      ],
      obligations: [],
    };
    const first = await pacta.as('registrar').post('/v1/agreements', draft).set('Idempotency-Key', 'draft-1').expect(201);
    const again = await pacta.as('registrar').post('/v1/agreements', draft).set('Idempotency-Key', 'draft-1').expect(201);
    expect(again.body).toEqual(first.body);
    expect(first.body.id).toMatch(/^ag-[0-9a-f]{16}$/);
  });

  it('answers an unknown route and an unknown agreement with 404 problem+json', async () => {
    const route = await pacta.as('registrar').get('/v1/nothing-here').expect(404);
    expect(route.headers['content-type']).toMatch(/problem\+json/);
    await pacta.as('registrar').get('/v1/agreements/no-such-agreement').expect(404);
  });

  it('parses a query string once, however many parameters, interceptors and log lines read it', async () => {
    const express = pacta.app.getHttpAdapter().getInstance();
    const parse = express.get('query parser fn') as (text: string) => unknown;
    const parsed: string[] = [];
    express.set('query parser fn', (text: string) => {
      parsed.push(text);
      return parse(text);
    });
    try {
      const page = await pacta.as('legal').get('/v1/parties/jyvaskyla/obligations?on=2026-01-15&limit=5&type=fund&minPosition=0').expect(200);
      expect(page.body).toMatchObject({ partyId: 'jyvaskyla', on: '2026-01-15', obligations: [] });
      await pacta.as('legal').get('/v1/parties/jyvaskyla/obligations?on=2026-13-01').expect(400);
    } finally {
      express.set('query parser fn', parse);
    }
    expect(parsed).toEqual(['on=2026-01-15&limit=5&type=fund&minPosition=0', 'on=2026-13-01']);
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const first = await pacta.as('legal').get('/v1/parties/jyvaskyla').expect(200);
    await pacta.as('legal').get('/v1/parties/jyvaskyla').set('If-None-Match', first.headers.etag).expect(304);
  });
});

describe('a revision refused by a rule', () => {
  it('names the field as nested under terms', async () => {
    const pacta = await startPacta();
    try {
      for (const id of ['muurame', 'jamsa']) {
        await pacta.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
      }
      const terms = {
        title: { fi: 'Sopimus' },
        term: { startsOn: '2026-01-01', endsOn: null },
        parties: [
          { partyId: 'muurame', role: 'participant' },
          { partyId: 'jamsa', role: 'participant' },
        ],
        obligations: [],
      };
      await pacta.as('registrar').post('/v1/agreements', { id: 'rev', kind: 'framework', ...terms }).expect(201);
      const response = await pacta
        .as('registrar')
        .post('/v1/agreements/rev/revisions', { terms: { ...terms, parties: [...terms.parties, { partyId: 'kinnula', role: 'participant' }] } })
        .expect(422);
      expect(response.body.field).toBe('terms.parties[2].partyId');
    } finally {
      await pacta.close();
    }
  });
});
