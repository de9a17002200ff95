/**
 * What the terms state beyond parties and obligations, over HTTP: places, the body whose decision is a party's
 * approval, an obligation due once and its fulfilment, the cost rule and the first review. The agreement is a
 * fictional bilateral one in the shape of seed 000 (a municipality handing its family-law services to Jyväskylä);
 * its dates and numbers are made up for the test.
 */
import { TestPacta, startPacta } from './support/pacta';

const ID = 'perheoikeus-laukaa';
const path = `/v1/agreements/${ID}`;

const draft = {
  id: ID,
  kind: 'family-law',
  title: { fi: 'Perheoikeudelliset palvelut, Laukaa (kuvitteellinen)' },
  term: { startsOn: '2021-01-01', endsOn: null },
  firstReviewDue: '2021-11-30',
  locations: [
    { id: 'jyvaskyla-office', kind: 'office', municipality: 'jyvaskyla', name: 'Jyväskylän toimipiste' },
    { id: 'laukaa-office', kind: 'office', municipality: 'laukaa', name: 'Laukaan toimipiste' },
    { id: 'meeting-place', kind: 'meeting-place', municipality: 'laukaa', name: 'seurakunnan tilat', providedBy: 'laukaan-seurakunta' },
  ],
  parties: [
    { partyId: 'jyvaskyla', role: 'host' },
    { partyId: 'laukaa', role: 'participant', joinsOn: '2021-05-01', approvalBy: { body: 'kunnanhallitus', basis: 'hallintosääntö § 23 kohta 7' } },
  ],
  obligations: [
    { id: 'service', type: 'produce-service', obligor: { partyId: 'jyvaskyla' }, description: { fi: 'Tuottaa palvelut' }, at: 'laukaa-office' },
    {
      id: 'transfer',
      type: 'transfer-of-undertaking',
      obligor: { partyId: 'laukaa' },
      description: { fi: 'Liikkeen luovutus Jyväskylälle' },
      recurrence: 'once',
      dueOn: '2021-06-30',
    },
    {
      id: 'costs',
      type: 'pay-cost-share',
      obligor: 'all',
      description: { fi: 'Kustannukset asukasluvun mukaan' },
      costShare: { basis: 'population', proration: 'days' },
      recurrence: 'yearly',
    },
  ],
};

const decision = (partyId: string, body: string, extra: object = {}) => ({
  partyId,
  body,
  meetingDate: '2020-12-14',
  section: '§ 200',
  outcome: 'approved',
  version: 1,
  ...extra,
});
const signature = (partyId: string) => ({
  partyId,
  signatory: { name: 'Allekirjoittaja', title: 'kunnanjohtaja' },
  authority: 'position',
  signedOn: '2020-12-20',
  method: 'electronic',
  version: 1,
});

describe('the terms as the documents state them', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
  });
  afterAll(() => pacta.close());
  const registrar = () => pacta.as('registrar');
  const legal = () => pacta.as('legal');
  const transferOf = async (on: string, knownAt?: number) => {
    const query = `/v1/parties/laukaa/obligations?on=${on}${knownAt === undefined ? '' : `&knownAt=${knownAt}`}`;
    const { body } = await legal().get(query).expect(200);
    return body.obligations.find((obligation: { obligationId: string }) => obligation.obligationId === 'transfer');
  };

  it('drafts terms with places, a competent body, a due date, a cost rule and a first review', async () => {
    for (const [id, type] of [['jyvaskyla', 'municipality'], ['laukaa', 'municipality'], ['laukaan-seurakunta', 'parish']]) {
      await registrar().post('/v1/parties', { id, name: { fi: id }, type }).expect(201);
    }
    for (const [id, population] of [['jyvaskyla', 300], ['laukaa', 100]] as const) {
      await registrar().post(`/v1/parties/${id}/populations`, { year: 2020, population, source: 'Tilastokeskus' }).expect(201);
    }
    await registrar().post('/v1/agreements', draft).expect(201);
    const { body } = await legal().get(path).expect(200);
    expect(body.state.versions[0].terms).toMatchObject({ firstReviewDue: '2021-11-30', locations: draft.locations });
    expect(body.reviewDue).toBe('2021-11-30');
  });

  it('refuses an obligation met at a place the terms do not name, naming the field', async () => {
    const obligations = [{ ...draft.obligations[0], at: 'muurame-office' }];
    const refused = await registrar().post('/v1/agreements', { ...draft, id: 'other', obligations }).expect(422);
    expect(refused.body).toMatchObject({ code: 'invalid-terms', field: 'obligations[0].at' });
  });

  it('records a committee’s electronic proposal to the board, and an approval by the wrong body that does not count', async () => {
    await registrar()
      .post(`${path}/decisions`, decision('laukaa', 'perusturvalautakunta', { outcome: 'proposed-to-higher-body', procedure: 'electronic', referredTo: 'kunnanhallitus', diaryNumber: '12/2020' }))
      .expect(201);
    await registrar().post(`${path}/decisions`, decision('laukaa', 'kunnanvaltuusto')).expect(201);
    const refused = await registrar().post(`${path}/signatures`, signature('laukaa')).expect(409);
    expect(refused.body).toMatchObject({ code: 'party-has-not-approved' });
    expect(refused.body.detail).toContain('the terms require a decision of kunnanhallitus (hallintosääntö § 23 kohta 7), not of kunnanvaltuusto');
    const { body } = await legal().get(path).expect(200);
    expect(body.uncountedDecisions).toEqual([
      expect.objectContaining({ partyId: 'laukaa', body: 'kunnanvaltuusto', reason: expect.stringContaining('kunnanhallitus') }),
    ]);
  });

  it('refuses a decision referred to a higher body that it approved itself', async () => {
    const refused = await registrar().post(`${path}/decisions`, decision('laukaa', 'kunnanhallitus', { referredTo: 'kunnanvaltuusto' })).expect(422);
    expect(refused.body).toMatchObject({ code: 'invalid-decision', field: 'referredTo' });
  });

  it('refuses a decision without its body, or a signature without its signatory, unless it is assumed, and writes nothing', async () => {
    const { revision } = (await legal().get(path).expect(200)).body;
    const { body: _body, ...nameless } = decision('laukaa', 'kunnanhallitus');
    const noBody = await registrar().post(`${path}/decisions`, nameless).expect(422).expect('content-type', /application\/problem\+json/);
    expect(noBody.body).toMatchObject({ code: 'invalid-decision', field: 'body' });
    const { signatory: _signatory, ...unsigned } = signature('laukaa');
    const noSignatory = await registrar().post(`${path}/signatures`, unsigned).expect(422);
    expect(noSignatory.body).toMatchObject({ field: 'signatory' });
    expect((await legal().get(path).expect(200)).body.revision).toBe(revision);
  });

  it('lets the party sign on its competent body’s approval, and enters into force', async () => {
    await registrar().post(`${path}/decisions`, decision('laukaa', 'Kunnanhallitus')).expect(201);
    await registrar().post(`${path}/decisions`, decision('jyvaskyla', 'kaupunginhallitus')).expect(201);
    for (const partyId of ['jyvaskyla', 'laukaa']) await registrar().post(`${path}/signatures`, signature(partyId)).expect(201);
    await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2021-01-01' }).expect(201);
  });

  it('lists the once obligation up to its due date, then as overdue, with the places the terms name', async () => {
    expect(await transferOf('2021-06-30')).toMatchObject({ dueOn: '2021-06-30', overdue: false, validFrom: '2021-05-01' });
    expect(await transferOf('2021-07-01')).toMatchObject({ dueOn: '2021-06-30', overdue: true, validTo: null });
    const { body } = await legal().get('/v1/parties/jyvaskyla/obligations?on=2021-07-01').expect(200);
    expect(body.obligations.find((o: { obligationId: string }) => o.obligationId === 'service').location).toEqual(draft.locations[1]);
    const deadlines = await legal().get('/v1/deadlines?from=2021-01-01&to=2021-12-31').expect(200);
    expect(deadlines.body.deadlines.map(({ date, type, partyId, obligationId }: Record<string, string>) => ({ date, type, partyId, obligationId }))).toEqual(
      expect.arrayContaining([
        { date: '2021-06-30', type: 'obligation-due', partyId: 'laukaa', obligationId: 'transfer' },
        { date: '2021-11-30', type: 'review-due', partyId: undefined, obligationId: undefined },
      ]),
    );
    const feed = await legal().get('/v1/deadlines.ics').expect(200);
    expect(feed.text).toContain('UID:obligation-due.perheoikeus-laukaa.laukaa.transfer.2021-06-30@pacta');
  });

  it('records the fulfilment; from its date on the obligation is no longer owed, while earlier dates and recorded times still show it', async () => {
    const { body: written } = await registrar()
      .post(`${path}/fulfilments`, { obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2021-07-15', source: { document: 'Luovutuspöytäkirja (kuvitteellinen)', reference: 's. 1' } })
      .expect(201);
    const before = written.position - 1;
    expect(await transferOf('2021-07-15')).toBeUndefined();
    expect(await transferOf('2021-07-14')).toMatchObject({ overdue: true, validTo: '2021-07-14' });
    expect(await transferOf('2021-07-15', before)).toMatchObject({ overdue: true, validTo: null });
    const deadlines = await legal().get('/v1/deadlines?from=2021-01-01&to=2021-12-31').expect(200);
    expect(deadlines.body.deadlines.filter((deadline: { type: string }) => deadline.type === 'obligation-due')).toEqual([]);
  });

  it('shows in a snapshot the overdue obligation, its place, and why the wrong body’s approval does not count', async () => {
    const request = { scope: { agreementId: ID }, on: '2021-07-10', title: 'Tilanne 10.7.2021 (kuvitteellinen)' };
    const { body: receipt } = await registrar().post('/v1/snapshots', request).expect(201);
    const { body: snapshot } = await legal().get(`/v1/snapshots/${receipt.id}.json`).expect(200);
    const [agreement] = snapshot.agreements;
    const laukaa = agreement.obligations.find((group: { partyId: string }) => group.partyId === 'laukaa');
    expect(laukaa.obligations.find((o: { obligationId: string }) => o.obligationId === 'transfer')).toMatchObject({ dueOn: '2021-06-30', overdue: true });
    const decisions = agreement.parties.find((party: { partyId: string }) => party.partyId === 'laukaa').decisions;
    expect(decisions.map(({ body, doesNotCount, procedure, referredTo }: Record<string, string>) => ({ body, doesNotCount, procedure, referredTo }))).toEqual([
      { body: 'perusturvalautakunta', doesNotCount: undefined, procedure: 'electronic', referredTo: 'kunnanhallitus' },
      { body: 'kunnanvaltuusto', doesNotCount: expect.stringContaining('kunnanhallitus'), procedure: undefined, referredTo: undefined },
      { body: 'Kunnanhallitus', doesNotCount: undefined, procedure: undefined, referredTo: undefined },
    ]);
    const markdown = await legal().get(`/v1/snapshots/${receipt.id}.md`).expect(200);
    expect(markdown.text).toContain('myöhässä / overdue');
  });

  it('refuses a second fulfilment, and a fulfilment of a continuing obligation, naming the field', async () => {
    const again = await registrar().post(`${path}/fulfilments`, { obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2021-07-16' }).expect(409);
    expect(again.body).toMatchObject({ code: 'already-fulfilled' });
    const continuing = await registrar().post(`${path}/fulfilments`, { obligationId: 'costs', partyId: 'laukaa', fulfilledOn: '2021-07-16' }).expect(422);
    expect(continuing.body).toMatchObject({ code: 'obligation-not-owed', field: 'obligationId' });
    const badSource = await registrar().post(`${path}/fulfilments`, { obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2021-07-16', source: { document: 'x' } }).expect(422);
    expect(badSource.body).toMatchObject({ field: 'source.reference' });
  });

  it('splits the costs as the terms say, prorated by days, and states the rule and each party’s part of the year', async () => {
    const { body } = await legal().get(`${path}/cost-shares?year=2021&total=1340.00`).expect(200);
    expect(body.rule).toEqual({ basis: 'population', proration: 'days', populationYearOffset: -1 });
    // Weights 300 × 365 and 100 × 245.
    expect(body.shares).toEqual([
      { partyId: 'jyvaskyla', population: 300, yearBound: { numerator: 365, denominator: 365 }, amount: '1095.00' },
      { partyId: 'laukaa', population: 100, yearBound: { numerator: 245, denominator: 365 }, amount: '245.00' },
    ]);
  });
});
