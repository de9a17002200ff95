import { TestPacta, startPacta } from './support/pacta';

const PARTIES = Array.from({ length: 50 }, (_, i) => `kunta-${String(i + 1).padStart(2, '0')}`);
const path = '/v1/agreements/concurrency';
const approval = (partyId: string) => ({
  partyId,
  body: 'kunnanhallitus',
  meetingDate: '2025-11-03',
  section: '§ 1',
  outcome: 'approved',
  version: 1,
});

describe('concurrent commands on one agreement', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
    for (const id of PARTIES) {
      await pacta.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
    }
    await pacta
      .as('registrar')
      .post('/v1/agreements', {
        id: 'concurrency',
        kind: 'framework',
        title: { fi: 'Puitesopimus' },
        term: { startsOn: '2026-01-01', endsOn: null },
        parties: PARTIES.map((partyId) => ({ partyId, role: 'participant' })),
        obligations: [],
      })
      .expect(201);
  });
  afterAll(() => pacta.close());

  const events = async () => (await pacta.as('auditor').get(`${path}/events`).expect(200)).body.events as { streamRevision: number; eventId: string; data: { partyId?: string } }[];

  it('lands 50 decisions for different parties exactly once, with revisions 1..50 and no gaps', async () => {
    const responses = await Promise.all(PARTIES.map((partyId) => pacta.as('registrar').post(`${path}/decisions`, approval(partyId))));
    expect(responses.map((r) => r.status)).toEqual(PARTIES.map(() => 201));
    const revisions = responses.map((r) => r.body.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(PARTIES.map((_, i) => i + 1));
    const stored = await events();
    expect(stored.map((e) => e.streamRevision)).toEqual(stored.map((_, i) => i));
    expect(stored.slice(1).map((e) => e.data.partyId).sort()).toEqual([...PARTIES].sort());
  });

  it('lets exactly one of 20 writers holding the same If-Match win; the rest get 412', async () => {
    const current = Number(JSON.parse((await pacta.as('registrar').get(path)).headers.etag));
    const responses = await Promise.all(
      PARTIES.slice(0, 20).map((partyId) =>
        pacta
          .as('registrar')
          .post(`${path}/decisions`, { ...approval(partyId), section: '§ 2', outcome: 'rejected' })
          .set('If-Match', `"${current}"`),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    expect((await events()).length).toBe(current + 2);
  });

  it('writes once when the same Idempotency-Key is sent 10 times at once', async () => {
    const before = (await events()).length;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        pacta.as('registrar').post(`${path}/decisions`, { ...approval('kunta-50'), section: '§ 3' }).set('Idempotency-Key', 'decision-50-3'),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect(new Set(responses.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect((await events()).length).toBe(before + 1);
  });
});
