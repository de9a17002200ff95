/**
 * Obligation listings come in pages of `limit` with an opaque `next` cursor; every page of one listing is read at
 * the recorded position of the first, so a write between pages does not shift or change the later ones.
 */
import { CommandBus } from '@nestjs/cqrs';
import { seedRegistry } from '@pacta/registry';
import { TestPacta, startPacta } from './support/pacta';

interface Row {
  agreementId: string;
  version: number;
  obligationId: string;
  partyId: string;
  role: string;
  validFrom: string;
}

const keyOf = (row: Row) => [row.agreementId, row.version, row.obligationId, row.partyId, row.validFrom].join('|');

describe('pages of obligations', () => {
  let pacta: TestPacta;
  let seeded: number;
  const legal = () => pacta.as('legal');

  beforeAll(async () => {
    pacta = await startPacta();
    seeded = (await seedRegistry(pacta.app.get(CommandBus))).position;
    await legal().get(`/v1/parties?minPosition=${seeded}`).expect(200);
  });
  afterAll(() => pacta.close());

  async function allPages(path: string, limit: number): Promise<{ rows: Row[]; pages: number }> {
    const rows: Row[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const page: { body: { obligations: Row[]; next: string | null } } = await legal()
        .get(`${path}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      expect(page.body.obligations.length).toBeLessThanOrEqual(limit);
      rows.push(...page.body.obligations);
      cursor = page.body.next;
      pages++;
    } while (cursor);
    return { rows, pages };
  }

  it('answers the first 100 by default, says which position it reflects, and gives no cursor after the last page', async () => {
    const answer = await legal().get('/v1/obligations?on=2024-06-01').expect(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toMatchObject({ on: '2024-06-01', knownAt: '2026-11-23T10:00:00.000Z', asOfPosition: seeded });
    const total = (await legal().get('/v1/obligations?on=2024-06-01&limit=1000').expect(200)).body.obligations.length;
    expect(answer.body.obligations).toHaveLength(Math.min(total, 100));
    expect(answer.body.next === null).toBe(total <= 100);
    const party = await legal().get('/v1/parties/laukaa/obligations?on=2024-06-01').expect(200);
    expect(party.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(party.body).toMatchObject({ partyId: 'laukaa', asOfPosition: seeded, next: null });
    const atPosition = await legal().get(`/v1/obligations?on=2024-06-01&knownAt=${seeded}`).expect(200);
    expect(atPosition.body).toMatchObject({ knownAt: seeded, asOfPosition: seeded });
    const atInstant = await legal().get('/v1/obligations?on=2024-06-01&knownAt=2026-11-23T12:00:00Z').expect(200);
    expect(atInstant.body).toMatchObject({ knownAt: '2026-11-23T12:00:00.000Z', asOfPosition: null });
  });

  it('gives, page after page, exactly the rows of the unpaged answer in the same order', async () => {
    for (const path of ['/v1/obligations?on=2024-06-01', '/v1/parties/laukaa/obligations?on=2021-06-01', '/v1/obligations?on=2026-11-23&knownAt=2026-11-23T12:00:00Z']) {
      const whole = (await legal().get(`${path}&limit=1000`).expect(200)).body.obligations as Row[];
      expect(whole.length).toBeGreaterThan(2);
      for (const limit of [1, 2, 7]) {
        const paged = await allPages(path, limit);
        expect(paged.rows).toEqual(whole);
        expect(paged.pages).toBe(Math.max(1, Math.ceil(whole.length / limit)));
      }
    }
  });

  it('reads page 2 at the position of page 1 even when a write in between changes the obligations', async () => {
    const path = `/v1/obligations?on=2024-06-01&kind=family-law`;
    const before = (await legal().get(`${path}&limit=1000`).expect(200)).body.obligations as Row[];
    const first = await legal().get(`${path}&limit=3`).expect(200);
    expect(first.body.next).toEqual(expect.any(String));
    const withdrawn = before.slice(3).find((row) => row.role === 'participant' && !before.slice(0, 3).some((r) => r.partyId === row.partyId))!;
    expect(withdrawn).toBeDefined();
    const write = await pacta
      .as('registrar')
      .post(`/v1/agreements/${withdrawn.agreementId}/withdrawals`, { partyId: withdrawn.partyId, effectiveOn: '2023-12-31', reason: 'Irtisanominen' })
      .expect(201);
    const now = (await legal().get(`${path}&limit=1000&minPosition=${write.body.position}`).expect(200)).body.obligations as Row[];
    expect(now.map(keyOf)).not.toContain(keyOf(withdrawn));

    const second = await legal().get(`${path}&limit=3&cursor=${first.body.next}&minPosition=${write.body.position}`).expect(200);
    expect(second.body).toMatchObject({ knownAt: first.body.knownAt, asOfPosition: first.body.asOfPosition });
    expect(second.body.obligations).toEqual(before.slice(3, 6));
    const rest = await allPages(`${path}&cursor=${first.body.next}`, 1000);
    expect([...first.body.obligations, ...rest.rows]).toEqual(before);
  });

  it('refuses a limit outside 1–1000 and a cursor it did not answer with, naming the field', async () => {
    for (const limit of ['0', '1001', '-1', 'ten', '1.5', '']) {
      const response = await legal().get(`/v1/obligations?limit=${limit}`).expect(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.field).toBe('limit');
    }
    const first = await legal().get('/v1/obligations?on=2024-06-01&limit=1').expect(200);
    const forged = Buffer.from(JSON.stringify([1, 'x', 0, 'a', 'one', 'b', 'c', 'd', 0])).toString('base64url');
    for (const cursor of ['nonsense!', 'bm9uc2Vuc2U', forged, 'x'.repeat(3000)]) {
      const response = await legal().get(`/v1/obligations?on=2024-06-01&cursor=${cursor}`).expect(422);
      expect(response.body.field).toBe('cursor');
    }
    const elsewhen = await legal().get(`/v1/obligations?on=2024-06-01&knownAt=1&cursor=${first.body.next}`).expect(422);
    expect(elsewhen.body.field).toBe('cursor');
    await legal().get(`/v1/obligations?on=2024-06-01&knownAt=${first.body.asOfPosition}&cursor=${first.body.next}`).expect(200);
  });
});
