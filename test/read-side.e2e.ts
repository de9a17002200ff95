/**
 * The read side over the seed agreements: the legal questions they answer, both time axes, cost shares,
 * read-your-writes and the deadlines calendar. Populations here are round test figures, not statistics.
 */
import { CommandBus } from '@nestjs/cqrs';
import { ProjectionRunner } from '@pacta/projections';
import { seedRegistry } from '@pacta/registry';
import * as ical from 'node-ical';
import { TestPacta, startPacta } from './support/pacta';

/** Seed 000 is a programme: each municipality has its own agreement with Jyväskylä. */
const FAMILY_LAW = 'keski-suomi-family-law-laukaa';
const MULTIA = 'keski-suomi-family-law-multia';
const JOUTSA = 'keski-suomi-family-law-joutsa';
const FAMILY_CENTRE = 'etela-savo-family-centre-2026';

describe('the read side over the seed agreements', () => {
  let pacta: TestPacta;
  let seeded: number;
  const legal = () => pacta.as('legal');
  const registrar = () => pacta.as('registrar');
  const after = (position: number) => (path: string) => legal().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);

  beforeAll(async () => {
    pacta = await startPacta();
    seeded = (await seedRegistry(pacta.app.get(CommandBus))).position;
  });
  afterAll(() => pacta.close());

  it('seeds idempotently: a second run replays every command and writes nothing', async () => {
    const again = await seedRegistry(pacta.app.get(CommandBus));
    expect(again.written).toBe(0);
    expect(again.replayed).toBeGreaterThan(30);
    expect(again.position).toBe(seeded);
    const head = (await pacta.http.get('/health')).body.position;
    expect(head).toBe(seeded);
  });

  it('lists the parties and the agreements with their status on a date', async () => {
    const parties = await after(seeded)('/v1/parties').expect(200);
    expect(parties.body.parties.map((p: { id: string }) => p.id)).toContain('saarikka');
    const agreements = await legal().get('/v1/agreements?party=laukaa&on=2021-06-01').expect(200);
    expect(agreements.body.agreements.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [FAMILY_LAW, 'in-force'],
      ['keski-suomi-framework-2022', 'draft'],
      ['keski-suomi-interface-plan-2026', 'draft'],
    ]);
    const inForce = await legal().get('/v1/agreements?status=in-force&kind=family-centre&on=2026-11-23').expect(200);
    expect(inForce.body.agreements.map((a: { id: string }) => a.id)).toEqual([FAMILY_CENTRE]);
    const approval = await legal().get('/v1/agreements?kind=framework&on=2022-10-05').expect(200);
    expect(approval.body.agreements.find((a: { id: string }) => a.id === 'keski-suomi-framework-2022').status).toBe('in-approval');
  });

  it('answers who provides premises and who funds the coordinator in Etelä-Savo', async () => {
    const premises = await legal().get('/v1/obligations?type=provide-premises&kind=family-centre&on=2026-11-23').expect(200);
    // In Rantasalmi the meeting place is in the parish's premises: the parish provides them, the municipality pays.
    expect(premises.body.obligations.map((o: { obligationId: string; partyId: string; location?: { providedBy?: string } }) => [o.obligationId, o.partyId, o.location?.providedBy])).toEqual([
      ['meeting-place-premises', 'rantasalmen-seurakunta', 'rantasalmen-seurakunta'],
      ['premises', 'rantasalmi', 'rantasalmen-seurakunta'],
    ]);
    const county = await legal().get('/v1/parties/etela-savon-hyvinvointialue/obligations?on=2026-11-23&type=fund').expect(200);
    expect(county.body).toMatchObject({ partyId: 'etela-savon-hyvinvointialue', on: '2026-11-23' });
    expect(county.body.obligations.map((o: { obligationId: string }) => o.obligationId)).toEqual(['coordination', 'own-resources']);
    expect(county.body.obligations[0]).toMatchObject({
      agreementId: FAMILY_CENTRE,
      kind: 'family-centre',
      version: 1,
      type: 'fund',
      beneficiary: 'all',
      validFrom: '2026-01-01',
      validTo: '2029-12-31',
      clause: null,
    });
    const rantasalmi = await legal().get('/v1/parties/rantasalmi/obligations?on=2026-11-23').expect(200);
    expect(rantasalmi.body.obligations.map((o: { obligationId: string }) => o.obligationId)).not.toContain('coordination');
    const before = await legal().get('/v1/parties/rantasalmi/obligations?on=2025-12-31').expect(200);
    expect(before.body.obligations).toEqual([]);
  });

  it('gives a later-joining party nothing before its joinsOn, and its transfer of undertaking after', async () => {
    const march = await legal().get('/v1/parties/laukaa/obligations?on=2021-03-01').expect(200);
    expect(march.body.obligations).toEqual([]);
    const june = await legal().get('/v1/parties/laukaa/obligations?on=2021-06-01&kind=family-law').expect(200);
    expect(june.body.obligations.map((o: { obligationId: string; validFrom: string }) => [o.obligationId, o.validFrom])).toEqual([
      ['administrative-rules', '2021-05-01'],
      ['costs', '2021-05-01'],
      ['transfer-of-undertaking', '2021-05-02'],
    ]);
    // The transfer was due on 1.5.2021; no document records it done, so it stays owed, and overdue.
    expect(june.body.obligations[2]).toMatchObject({ agreementId: FAMILY_LAW, dueOn: '2021-05-01', overdue: true, assumed: true });
    const phaseOne = await legal().get('/v1/parties/joutsa/obligations?on=2021-03-01').expect(200);
    expect(phaseOne.body.obligations.map((o: { obligationId: string }) => o.obligationId)).toEqual(['administrative-rules', 'costs']);
  });

  it("gives the family-law agreement's cost share to its payer, and names a payer without a population", async () => {
    const missing = await legal().get(`/v1/agreements/${FAMILY_LAW}/cost-shares?year=2021&total=100000.00`).expect(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body).toMatchObject({ code: 'missing-population', field: 'populationYear', populationYear: 2020, partyIds: ['laukaa'] });
    const response = await registrar().post('/v1/parties/laukaa/populations', { year: 2020, population: 19_007, source: 'test figure' }).expect(201);
    const shares = await after(response.body.position)(`/v1/agreements/${FAMILY_LAW}/cost-shares?year=2021&total=100000.00`).expect(200);
    expect(shares.body).toMatchObject({ year: 2021, total: '100000.00', populationYear: 2020 });
    expect(shares.body.shares).toEqual([expect.objectContaining({ partyId: 'laukaa', population: 19_007, amount: '100000.00' })]);
    // The terms state no proration, so Laukaa, bound from 1 May, pays a full share; the answer says both.
    expect(shares.body.rule).toMatchObject({ basis: 'population', proration: 'none' });
    expect(shares.body.shares[0].yearBound).toEqual({ numerator: 245, denominator: 365 });
    await legal().get(`/v1/agreements/${FAMILY_LAW}/cost-shares?year=2021&total=100000.00&populationYear=2021`).expect(422);
    await legal().get(`/v1/agreements/${FAMILY_LAW}/cost-shares?year=2021&total=-5`).expect(422);
    await legal().get(`/v1/agreements/${FAMILY_LAW}/cost-shares?total=5`).expect(400);
    await legal().get(`/v1/agreements/no-such/cost-shares?year=2021&total=5`).expect(404);
  });

  it('keeps recorded time: an amendment recorded later is invisible as the registry knew it before', async () => {
    const knownBefore = (await pacta.http.get('/health')).body.position;
    const revised = {
      title: { fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029 (muutos)' },
      term: { startsOn: '2026-01-01', endsOn: '2029-12-31' },
      parties: [
        { partyId: 'etela-savon-hyvinvointialue', role: 'coordinator' },
        { partyId: 'rantasalmi', role: 'participant' },
        { partyId: 'rantasalmen-seurakunta', role: 'participant' },
      ],
      obligations: [
        { id: 'premises', type: 'provide-premises', obligor: { partyType: 'parish' }, description: { fi: 'Seurakunta tarjoaa tilat' } },
      ],
    };
    const path = `/v1/agreements/${FAMILY_CENTRE}`;
    await registrar().post(`${path}/revisions`, { terms: revised }).expect(201);
    for (const partyId of ['etela-savon-hyvinvointialue', 'rantasalmi', 'rantasalmen-seurakunta']) {
      await registrar().post(`${path}/decisions`, { partyId, body: 'kunnanhallitus', meetingDate: '2026-05-04', section: '§ 9', outcome: 'approved', version: 2 }).expect(201);
      await registrar()
        .post(`${path}/signatures`, { partyId, signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: '2026-05-10', method: 'electronic', version: 2 })
        .expect(201);
    }
    const amended = await registrar().post(`${path}/entry-into-force`, { version: 2, effectiveFrom: '2026-06-01' }).expect(201);

    const now = await after(amended.body.position)('/v1/obligations?type=provide-premises&kind=family-centre&on=2026-11-23').expect(200);
    expect(now.body.obligations.map((o: { partyId: string; version: number }) => [o.partyId, o.version])).toEqual([['rantasalmen-seurakunta', 2]]);
    const then = await legal().get(`/v1/obligations?type=provide-premises&kind=family-centre&on=2026-11-23&knownAt=${knownBefore}`).expect(200);
    expect(then.body.knownAt).toBe(knownBefore);
    expect(then.body.obligations.map((o: { partyId: string; version: number; validTo: string }) => [o.partyId, o.version, o.validTo])).toEqual([
      ['rantasalmen-seurakunta', 1, '2029-12-31'],
      ['rantasalmi', 1, '2029-12-31'],
    ]);
    // Valid time still says version 1 applied in spring, as the registry knows it now.
    const spring = await legal().get('/v1/parties/rantasalmi/obligations?on=2026-03-01&type=provide-premises').expect(200);
    expect(spring.body.obligations).toMatchObject([{ version: 1, validTo: '2026-05-31' }]);
  });

  it('ends obligations on withdrawal and on termination', async () => {
    await registrar().post(`/v1/agreements/${MULTIA}/withdrawals`, { partyId: 'multia', effectiveOn: '2023-12-31', reason: 'Irtisanominen' }).expect(201);
    const ended = await registrar().post(`/v1/agreements/${JOUTSA}/termination`, { effectiveOn: '2025-12-31', reason: 'Hyvinvointialue järjestää' }).expect(201);
    const read = after(ended.body.position);
    expect((await read('/v1/parties/multia/obligations?on=2023-12-31').expect(200)).body.obligations.length).toBeGreaterThan(0);
    expect((await read('/v1/parties/multia/obligations?on=2024-01-01').expect(200)).body.obligations).toEqual([]);
    expect((await read('/v1/parties/joutsa/obligations?on=2025-12-31').expect(200)).body.obligations.length).toBeGreaterThan(0);
    expect((await read('/v1/parties/joutsa/obligations?on=2026-01-01&kind=family-law').expect(200)).body.obligations).toEqual([]);
    const status = await read(`/v1/agreements?kind=family-law&on=2026-01-01`).expect(200);
    expect(status.body.agreements.find((a: { id: string }) => a.id === JOUTSA).status).toBe('terminated');
  });

  it('lists deadlines and serves them as an iCalendar feed', async () => {
    const deadlines = await legal().get('/v1/deadlines?from=2021-01-01&to=2030-12-31').expect(200);
    const found = deadlines.body.deadlines.map((d: { date: string; type: string; agreementId: string; partyId?: string }) => [d.date, d.type, d.agreementId, d.partyId ?? null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['2023-12-31', 'withdrawal-effective', MULTIA, 'multia'],
        ['2025-12-31', 'termination-effective', JOUTSA, null],
        ['2029-12-31', 'term-ends', FAMILY_CENTRE, null],
      ]),
    );
    const future = await legal().get('/v1/deadlines').expect(200);
    expect(future.body.deadlines.every((d: { date: string }) => d.date >= '2026-11-23')).toBe(true);
    await legal().get('/v1/deadlines?from=2022-01-01&to=2021-01-01').expect(400);

    const feed = await legal().get('/v1/deadlines.ics').buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    }).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(feed.body as string)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    const multia = events.find((e) => e.uid === `withdrawal-effective.${MULTIA}.multia.2023-12-31@pacta`);
    expect(multia).toBeDefined();
    const start = multia!.start as Date & { dateOnly?: boolean };
    expect(start.dateOnly).toBe(true);
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2023, 12, 31]);
    expect(multia!.summary).toContain('Withdrawal takes effect: Multia — ');
    expect(events.length).toBe(deadlines.body.deadlines.length);
  });

  it('waits for ?minPosition= and refuses a bad one or one no write has reached', async () => {
    const position = (await pacta.http.get('/health')).body.position;
    await legal().get(`/v1/parties?minPosition=${position}`).expect(200);
    await legal().get('/v1/parties?minPosition=-1').expect(400);
    const beyond = await legal().get(`/v1/parties?minPosition=${position + 1000}`).expect(422);
    expect(beyond.body.field).toBe('minPosition');
  });

  it('answers 503 with Retry-After when the read models stay behind a write', async () => {
    const stalled = await startPacta();
    try {
      await stalled.app.get(ProjectionRunner).stop();
      const write = await stalled.as('registrar').post('/v1/parties', { id: 'hankasalmi', name: { fi: 'Hankasalmi' }, type: 'municipality' }).expect(201);
      const behind = await stalled.as('legal').get(`/v1/parties?minPosition=${write.body.position}`).expect(503);
      expect(behind.headers['retry-after']).toBe('1');
      expect(behind.body.code).toBe('read-models-behind');
    } finally {
      await stalled.close();
    }
  });

  it('refuses malformed query parameters by name, and unknown parties with 404', async () => {
    for (const [path, field] of [
      ['/v1/obligations?on=2021-02-30', 'on'],
      ['/v1/obligations?knownAt=yesterday', 'knownAt'],
      ['/v1/obligations?knownAt=2022-01-01', 'knownAt'],
      ['/v1/obligations?type=bake-bread', 'type'],
      ['/v1/obligations?party=Laukaa', 'party'],
      ['/v1/agreements?status=sleeping', 'status'],
      ['/v1/agreements?kind=Family', 'kind'],
      ['/v1/parties?type=planet', 'type'],
    ]) {
      const response = await legal().get(path).expect(400);
      expect(response.body.field).toBe(field);
    }
    await legal().get('/v1/parties/nobody/obligations').expect(404);
    const instant = await legal().get('/v1/obligations?knownAt=2026-11-23T12:00:00%2B02:00').expect(200);
    expect(instant.body.knownAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('lets legal staff and auditors read, and no one without a key', async () => {
    await pacta.as('auditor').get('/v1/obligations').expect(200);
    await pacta.as('registrar').get('/v1/deadlines').expect(200);
    await pacta.http.get('/v1/obligations').expect(401);
  });
});
