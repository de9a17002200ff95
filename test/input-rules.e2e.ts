import { TestPacta, startPacta } from './support/pacta';
import { draftBody } from './support/bodies';

/**
 * What a client is told about its input: required versus malformed, not JSON versus not an object, one not-found
 * code per kind of resource, and answers no larger than the request needs.
 */
describe('input rules as a client meets them', () => {
  let pacta: TestPacta;
  const registrar = () => pacta.as('registrar');
  const draft = (overrides: Record<string, unknown> = {}) => draftBody({ id: 'puite', title: { fi: 'Puitesopimus' }, ...overrides });

  beforeAll(async () => {
    pacta = await startPacta();
    await registrar().post('/v1/parties', { id: 'kunta', name: { fi: 'Kunta' }, type: 'municipality' }).expect(201);
    await registrar().post('/v1/parties', { id: 'toinen', name: { fi: 'Toinen' }, type: 'municipality' }).expect(201);
    await registrar().post('/v1/agreements', draft()).expect(201);
  });
  afterAll(() => pacta.close());

  describe('required versus malformed', () => {
    it('says an omitted term.endsOn is required and that null means open-ended', async () => {
      const { body } = await registrar()
        .post('/v1/agreements', draft({ id: 'ilman-loppua', term: { startsOn: '2023-01-01' } }))
        .expect(422);
      const endsOn = body.errors.filter((e: { field: string }) => e.field === 'term.endsOn');
      expect(endsOn).toHaveLength(1);
      expect(endsOn[0].detail).toMatch(/required/);
      expect(endsOn[0].detail).toMatch(/null/);
      expect(endsOn[0].detail).not.toMatch(/calendar date/);
    });

    it('gives an omitted reason one message, that it is required', async () => {
      const { body } = await registrar().post('/v1/agreements/puite/termination', { effectiveOn: '2030-12-31' }).expect(422);
      expect(body.errors).toEqual([{ field: 'reason', detail: 'reason is required' }]);
    });

    it('still says what is malformed about a present value', async () => {
      const { body } = await registrar()
        .post('/v1/agreements/puite/termination', { effectiveOn: '2030-02-30', reason: 7 })
        .expect(422);
      expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['effectiveOn', 'reason']);
      expect(body.errors.find((e: { field: string }) => e.field === 'effectiveOn').detail).toMatch(/calendar date/);
    });

    it.each(['null', '[]', '"text"', '42', 'true'])('answers the JSON body %s as not an object, not as bad JSON', async (raw) => {
      const { body } = await registrar().post('/v1/parties').set('Content-Type', 'application/json').send(raw).expect(422);
      expect(body.code).not.toBe('malformed-json');
      expect(body.errors).toEqual([{ field: 'body', detail: 'must be a JSON object' }]);
    });

    it('still answers text that is not JSON as malformed JSON', async () => {
      const { body } = await registrar().post('/v1/parties').set('Content-Type', 'application/json').send('{"id":').expect(400);
      expect(body.code).toBe('malformed-json');
    });
  });

  describe('one not-found code per kind of resource', () => {
    it.each([
      ['/v1/parties/eiole', 'party-not-found'],
      ['/v1/parties/eiole/obligations', 'party-not-found'],
      ['/v1/agreements/eiole', 'agreement-not-found'],
      ['/v1/agreements/eiole/events', 'agreement-not-found'],
      ['/v1/agreements/eiole/cost-shares?year=2024&total=1000.00', 'agreement-not-found'],
      ['/v1/snapshots/eiole', 'snapshot-not-found'],
      ['/v1/snapshots/eiole.html', 'snapshot-not-found'],
    ])('GET %s answers %s', async (path, code) => {
      const { body } = await pacta.as('auditor').get(path).expect(404);
      expect(body.code).toBe(code);
    });

    it.each([
      ['/v1/parties/eiole/populations', { year: 2024, population: 10, source: 'Tilastokeskus' }, 'party-not-found'],
      ['/v1/agreements/eiole/termination', { effectiveOn: '2030-12-31', reason: 'Loppuu' }, 'agreement-not-found'],
    ])('POST %s answers %s', async (path, payload, code) => {
      const { body } = await registrar().post(path, payload).expect(404);
      expect(body.code).toBe(code);
    });
  });
});
