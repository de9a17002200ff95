/**
 * A client reads its own writes on the instance that acknowledged them, with no parameter: every query reflects
 * every write acknowledged before it arrived.
 */
import { ProjectionRunner } from '@pacta/projections';
import { TestPacta, startPacta } from './support/pacta';
import { draftBody } from './support/bodies';

const municipality = (id: string) => ({ id, name: { fi: id }, type: 'municipality' });

describe('read-your-writes on one instance', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
  });
  afterAll(() => pacta.close());

  it('shows each write to the very next query, over and over', async () => {
    const registrar = pacta.as('registrar');
    const legal = pacta.as('legal');
    await registrar.post('/v1/parties', municipality('isanta')).expect(201);
    for (let i = 0; i < 40; i++) {
      const id = `kunta-${i}`;
      await registrar.post('/v1/parties', municipality(id)).expect(201);
      await legal.get(`/v1/parties/${id}/obligations?on=2026-01-01`).expect(200);
      const agreementId = `sopimus-${i}`;
      await registrar
        .post(
          '/v1/agreements',
          draftBody({ id: agreementId, parties: [{ partyId: 'isanta', role: 'host' }, { partyId: id, role: 'participant' }] }),
        )
        .expect(201);
      const listed = await legal.get(`/v1/agreements?party=${id}`).expect(200);
      expect(listed.body.agreements.map((a: { id: string }) => a.id)).toEqual([agreementId]);
    }
  });
});

describe('read-your-writes when the read models stall', () => {
  let stalled: TestPacta;
  beforeAll(async () => {
    stalled = await startPacta();
    await stalled.app.get(ProjectionRunner).stop();
  });
  afterAll(() => stalled.close());

  it('answers 503 with Retry-After rather than a view without the write, and the health probe still answers', async () => {
    await stalled.as('registrar').post('/v1/parties', municipality('hankasalmi')).expect(201);
    const behind = await stalled.as('legal').get('/v1/parties').expect(503);
    expect(behind.headers['retry-after']).toBe('1');
    expect(behind.body).toMatchObject({ code: 'read-models-behind' });
    expect(behind.body.field).toBeUndefined();
    await stalled.http.get('/health').expect(200);
  });
});
