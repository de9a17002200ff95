/**
 * Seed 000 as a programme: Jyväskylä's regional family-law unit, one agreement per municipality, and the
 * municipalities that said in the pre-study they would stay outside. A party that declined is never bound.
 */
import { TestPacta, startPacta } from './support/pacta';

const SEED_000 = '000_a87a56af6191f029.txt';
const PROGRAMME = 'keski-suomi-family-law-unit';
const parties = [
  { id: 'jyvaskyla', name: { fi: 'Jyväskylä' }, type: 'municipality' },
  { id: 'laukaa', name: { fi: 'Laukaa' }, type: 'municipality' },
  { id: 'jamsa', name: { fi: 'Jämsä' }, type: 'municipality' },
  { id: 'joutsa', name: { fi: 'Joutsa' }, type: 'municipality' },
  { id: 'muurame', name: { fi: 'Muurame' }, type: 'municipality' },
];

const agreementWith = (id: string, partyId: string) => ({
  id,
  kind: 'family-law',
  programmeId: PROGRAMME,
  title: { fi: 'Perheoikeudellisten palvelujen tuottaminen' },
  term: { startsOn: '2021-05-01', endsOn: null },
  parties: [
    { partyId: 'jyvaskyla', role: 'host' },
    { partyId, role: 'participant' },
  ],
  obligations: [],
});

describe('programmes and the parties that declined them', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
    for (const party of parties) await pacta.as('registrar').post('/v1/parties', party).expect(201);
  });
  afterAll(() => pacta.close());

  const registrar = () => pacta.as('registrar');

  it('registers a programme hosted by a registered party', async () => {
    const response = await registrar()
      .post('/v1/programmes', {
        id: PROGRAMME,
        kind: 'family-law',
        title: { fi: 'Perheoikeudellisten palvelujen alueellinen yksikkö' },
        hostPartyId: 'jyvaskyla',
        source: { document: SEED_000, reference: 'perusturvalautakunnan päätösehdotus' },
      })
      .expect(201);
    expect(response.body).toEqual({ id: PROGRAMME, revision: 0, position: expect.any(Number) });
  });

  it('refuses a programme whose host is not registered, naming hostPartyId', async () => {
    const response = await registrar()
      .post('/v1/programmes', { id: 'other', kind: 'family-law', title: { fi: 'X' }, hostPartyId: 'nowhere' })
      .expect(422);
    expect(response.body.field).toBe('hostPartyId');
  });

  it("records Jämsä's decline with its source, and what is not known about it", async () => {
    await registrar()
      .post(`/v1/programmes/${PROGRAMME}/declines`, {
        partyId: 'jamsa',
        source: { document: SEED_000, reference: 'Esiselvitysvaihe' },
        assumed: { note: 'the document gives no date for the decision' },
      })
      .expect(201);
    const again = await registrar().post(`/v1/programmes/${PROGRAMME}/declines`, { partyId: 'jamsa' }).expect(409);
    expect(again.body.code).toBe('already-declined');
  });

  it('refuses a decline dated after today, naming decidedOn', async () => {
    const response = await registrar().post(`/v1/programmes/${PROGRAMME}/declines`, { partyId: 'laukaa', decidedOn: '2099-01-01' }).expect(422);
    expect(response.body.field).toBe('decidedOn');
  });

  it('drafts an agreement of the programme, but not one naming the party that declined it', async () => {
    await registrar().post('/v1/agreements', agreementWith('family-law-laukaa', 'laukaa')).expect(201);
    const refused = await registrar().post('/v1/agreements', agreementWith('family-law-jamsa', 'jamsa')).expect(409);
    expect(refused.body).toMatchObject({ code: 'party-declined-programme', field: 'parties[1].partyId' });
    const joining = await registrar()
      .post('/v1/agreements/family-law-laukaa/parties', { partyId: 'jamsa', role: 'participant', joinsOn: '2021-06-01' })
      .expect(409);
    expect(joining.body.code).toBe('party-declined-programme');
  });

  it('refuses the decline of a party an agreement of the programme already binds, naming the agreement', async () => {
    const refused = await registrar().post(`/v1/programmes/${PROGRAMME}/declines`, { partyId: 'laukaa' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'party-bound-by-programme', field: 'partyId' });
    expect(refused.body.detail).toContain('family-law-laukaa');
  });

  it('refuses an agreement of a programme that is not registered, naming programmeId', async () => {
    const response = await registrar().post('/v1/agreements', { ...agreementWith('family-law-x', 'laukaa'), programmeId: 'nowhere' }).expect(422);
    expect(response.body.field).toBe('programmeId');
  });

  it('answers the programme with its agreements and who declined it', async () => {
    const response = await pacta.as('legal').get(`/v1/programmes/${PROGRAMME}`).expect(200);
    expect(response.body).toEqual({
      id: PROGRAMME,
      kind: 'family-law',
      title: { fi: 'Perheoikeudellisten palvelujen alueellinen yksikkö' },
      hostPartyId: 'jyvaskyla',
      source: { document: SEED_000, reference: 'perusturvalautakunnan päätösehdotus' },
      agreements: [{ id: 'family-law-laukaa', parties: ['jyvaskyla', 'laukaa'], status: 'draft' }],
      declined: [
        { partyId: 'jamsa', decidedOn: null, source: { document: SEED_000, reference: 'Esiselvitysvaihe' }, assumed: { note: 'the document gives no date for the decision' } },
      ],
      // Registered, Jämsä's decline, and the reservation of Laukaa's draft.
      revision: 2,
    });
    const list = await pacta.as('auditor').get('/v1/programmes').expect(200);
    expect(list.body.programmes.map((programme: { id: string }) => programme.id)).toEqual([PROGRAMME]);
  });

  describe("a year's costs of the unit", () => {
    const COSTS = (partyId: string) => ({
      id: 'costs',
      type: 'pay-cost-share',
      obligor: { partyId },
      beneficiary: { partyId: 'jyvaskyla' },
      costShare: { basis: 'population' },
      description: { fi: 'Toiminnasta syntyvät kustannukset jaetaan sopimuskuntien kesken asukaslukuun suhteutettuna.' },
    });
    const inForce = async (partyId: string, startsOn: string) => {
      const path = `/v1/agreements/family-law-${partyId}`;
      await registrar().post('/v1/agreements', { ...agreementWith(`family-law-${partyId}`, partyId), term: { startsOn, endsOn: null }, obligations: [COSTS(partyId)] }).expect(201);
      for (const signer of ['jyvaskyla', partyId]) {
        await registrar().post(`${path}/decisions`, { partyId: signer, body: 'kunnanhallitus', meetingDate: '2020-12-14', section: '§ 1', outcome: 'approved', version: 1 }).expect(201);
        await registrar().post(`${path}/signatures`, { partyId: signer, signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: '2020-12-20', method: 'paper', version: 1 }).expect(201);
      }
      await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: startsOn }).expect(201);
    };
    const shares = (query: string) => pacta.as('legal').get(`/v1/programmes/${PROGRAMME}/cost-shares?${query}`);

    beforeAll(async () => {
      await inForce('joutsa', '2021-01-01');
      await inForce('muurame', '2021-05-01');
      for (const [partyId, population] of [['joutsa', 4_400], ['muurame', 10_600]] as const) {
        await registrar().post(`/v1/parties/${partyId}/populations`, { year: 2020, population, source: 'test figure' }).expect(201);
      }
    });

    it("shares them among the parties of all the programme's agreements by population, not within each agreement", async () => {
      const { body } = await shares('year=2021&total=150000.00').expect(200);
      expect(body).toMatchObject({ programmeId: PROGRAMME, agreementIds: ['family-law-joutsa', 'family-law-muurame'], year: 2021, populationYear: 2020, total: '150000.00' });
      expect(body.shares.map(({ partyId, amount }: Record<string, string>) => [partyId, amount])).toEqual([
        ['joutsa', '44000.00'],
        ['muurame', '106000.00'],
      ]);
      const { body: alone } = await pacta.as('legal').get('/v1/agreements/family-law-joutsa/cost-shares?year=2021&total=150000.00').expect(200);
      expect(alone.shares).toEqual([expect.objectContaining({ partyId: 'joutsa', amount: '150000.00' })]);
    });

    it('refuses a year none of its agreements shares costs in, a missing year or total, and a programme that is not registered', async () => {
      expect((await shares('year=2020&total=1.00').expect(422)).body).toMatchObject({ code: 'no-population-cost-share', field: 'year' });
      expect((await shares('total=1.00').expect(400)).body).toMatchObject({ code: 'invalid-query', field: 'year' });
      expect((await shares('year=2021').expect(400)).body).toMatchObject({ code: 'invalid-query', field: 'total' });
      expect((await shares('year=2021&total=1,00').expect(422)).body.field).toBe('total');
      const missing = await pacta.as('legal').get('/v1/programmes/nowhere/cost-shares?year=2021&total=1.00').expect(404);
      expect(missing.body.code).toBe('programme-not-found');
    });
  });

  it('never records both a draft binding a party and that party\'s decline, however close together they arrive', async () => {
    const PAIRS = 20;
    const ids = Array.from({ length: PAIRS }, (_, i) => `kunta-${i}`);
    for (const id of ids) await registrar().post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
    const outcomes = await Promise.all(
      ids.map(async (partyId, i) => {
        const draft = () => registrar().post('/v1/agreements', agreementWith(`family-law-${partyId}`, partyId));
        const decline = () => registrar().post(`/v1/programmes/${PROGRAMME}/declines`, { partyId });
        // Sent in both orders: whichever is sent first tends to win.
        const [drafted, declined] = i % 2 ? await Promise.all([draft(), decline()]) : (await Promise.all([decline(), draft()])).reverse();
        return [partyId, drafted.status, declined.status];
      }),
    );
    expect(outcomes.filter(([, draft, decline]) => draft === 201 && decline === 201)).toEqual([]);
    expect(outcomes.filter(([, draft, decline]) => (draft === 201) === (decline === 201))).toEqual([]);
  });

  it('answers 404 for a programme that is not registered', async () => {
    const response = await pacta.as('legal').get('/v1/programmes/nowhere').expect(404);
    expect(response.body.code).toBe('programme-not-found');
  });
});
