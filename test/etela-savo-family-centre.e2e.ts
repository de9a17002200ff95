/**
 * Seed 002: Rantasalmi approves the Etelä-Savo family-centre cooperation agreement 2026–2029.
 * HYSIVLTK 29.09.2025 § 85 proposed it to the municipal board; KHALL 03.11.2025 § 331 approved it
 * (diary 441/00.04.02/2025). The other parties' decisions and every signature are not in the seed
 * document: this test supplies them to carry the agreement into force.
 */
import { TestPacta, startPacta } from './support/pacta';

const COUNTY = 'etela-savon-hyvinvointialue';
const parties = [
  { id: 'rantasalmi', name: { fi: 'Rantasalmen kunta' }, type: 'municipality', municipalityCode: '681' },
  { id: 'mikkeli', name: { fi: 'Mikkelin kaupunki' }, type: 'municipality', municipalityCode: '491' },
  { id: COUNTY, name: { fi: 'Etelä-Savon hyvinvointialue' }, type: 'wellbeing-services-county' },
  { id: 'rantasalmen-seurakunta', name: { fi: 'Rantasalmen seurakunta' }, type: 'parish' },
];

const agreement = {
  id: 'etela-savo-family-centre-2026',
  kind: 'family-centre',
  title: { fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029' },
  diaryNumber: '441/00.04.02/2025',
  term: { startsOn: '2026-01-01', endsOn: '2029-12-31' },
  parties: [
    { partyId: COUNTY, role: 'coordinator' },
    { partyId: 'rantasalmi', role: 'participant' },
    { partyId: 'mikkeli', role: 'participant' },
    { partyId: 'rantasalmen-seurakunta', role: 'participant' },
  ],
  obligations: [
    {
      id: 'coordination',
      type: 'fund',
      obligor: { partyId: COUNTY },
      beneficiary: 'all',
      description: { fi: 'Hyvinvointialue vastaa perhekeskuskoordinaation toteutuksesta ja koordinaattorin resurssista' },
    },
    {
      id: 'premises',
      type: 'provide-premises',
      obligor: { partyType: 'municipality' },
      description: { fi: 'Kunnissa varataan kohtaamispaikkatyöhön soveltuva tila ja kunnat vastaavat kustannuksista' },
    },
    {
      id: 'representatives',
      type: 'appoint-representative',
      obligor: 'all',
      description: { fi: 'Sopijaosapuolet huolehtivat edustajien nimeämisestä johtoryhmään' },
    },
  ],
};

const path = `/v1/agreements/${agreement.id}`;
const signature = (partyId: string, signedOn = '2025-11-20') => ({
  partyId,
  signatory: { name: 'Allekirjoittaja', title: 'kunnanjohtaja' },
  authority: 'position',
  signedOn,
  method: 'electronic',
  version: 1,
});
const approval = (partyId: string, meetingDate = '2025-11-10') => ({
  partyId,
  body: 'kunnanhallitus',
  meetingDate,
  section: '§ 1',
  outcome: 'approved',
  unanimous: true,
  version: 1,
});

describe('the Etelä-Savo family-centre agreement from draft to entry into force', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
  });
  afterAll(() => pacta.close());

  const registrar = () => pacta.as('registrar');

  it('registers the parties', async () => {
    for (const party of parties) {
      const response = await registrar().post('/v1/parties', party).expect(201);
      expect(response.body).toEqual({ id: party.id, revision: 0, position: expect.any(Number) });
    }
  });

  it('drafts the agreement as version 1', async () => {
    const response = await registrar().post('/v1/agreements', agreement).expect(201);
    expect(response.body).toMatchObject({ id: agreement.id, revision: 0 });
    const read = await registrar().get(path).expect(200);
    expect(read.body.status).toBe('draft');
    expect(read.headers.etag).toBe('"0"');
  });

  it('refuses a second draft with the same id', async () => {
    const response = await registrar().post('/v1/agreements', agreement).expect(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses Rantasalmi signing before it has approved', async () => {
    const response = await registrar().post(`${path}/signatures`, signature('rantasalmi')).expect(409);
    expect(response.body.code).toBe('party-has-not-approved');
  });

  it('refuses entry into force before anyone has approved or signed', async () => {
    const response = await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2026-01-01' }).expect(409);
    expect(response.body.detail).toContain('rantasalmi');
  });

  it("records the welfare and education committee's proposal to the municipal board (§ 85)", async () => {
    await registrar()
      .post(`${path}/decisions`, {
        partyId: 'rantasalmi',
        body: 'hyvinvointi- ja sivistyslautakunta',
        meetingDate: '2025-09-29',
        section: '§ 85',
        preparer: 'hyvinvointijohtaja Johanna Keränen',
        presenter: 'hyvinvointijohtaja Johanna Keränen',
        proposal: 'Lautakunta päättää esittää kunnanhallitukselle, että se hyväksyy sopimuksen vuosille 2026–2029.',
        outcome: 'proposed-to-higher-body',
        unanimous: true,
        version: 1,
      })
      .expect(201);
    // A proposal to a higher body is not an approval: signing is still refused.
    await registrar().post(`${path}/signatures`, signature('rantasalmi')).expect(409);
  });

  it("records the municipal board's approval (§ 331, 441/00.04.02/2025)", async () => {
    await registrar()
      .post(`${path}/decisions`, {
        partyId: 'rantasalmi',
        body: 'kunnanhallitus',
        meetingDate: '2025-11-03',
        section: '§ 331',
        diaryNumber: '441/00.04.02/2025',
        preparer: 'hallintojohtaja Jarkko Sanisalo',
        presenter: 'kunnanjohtaja Rainer Leskinen',
        proposal: 'Kunnanhallitus päättää hyväksyä liitteen mukaisen sopimuksen vuosille 2026–2029.',
        outcome: 'approved',
        version: 1,
      })
      .expect(201);
    const read = await registrar().get(`${path}?on=2025-11-05`).expect(200);
    expect(read.body.status).toBe('in-approval');
  });

  it('refuses a decision by a body that is not a party, naming the field', async () => {
    const response = await registrar().post(`${path}/decisions`, approval('juva')).expect(422);
    expect(response.body.field).toBe('partyId');
  });

  it('lets Rantasalmi sign once approved, and only once', async () => {
    await registrar().post(`${path}/signatures`, signature('rantasalmi')).expect(201);
    await registrar().post(`${path}/signatures`, signature('rantasalmi')).expect(409);
  });

  it('refuses entry into force while other parties have not signed', async () => {
    for (const partyId of ['mikkeli', COUNTY, 'rantasalmen-seurakunta']) {
      await registrar().post(`${path}/decisions`, approval(partyId)).expect(201);
    }
    await registrar().post(`${path}/signatures`, signature('mikkeli')).expect(201);
    const response = await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2026-01-01' }).expect(409);
    expect(response.body.detail).toContain(COUNTY);
    expect(response.body.detail).not.toContain('mikkeli');
  });

  it('enters into force on 1.1.2026 once every party has approved and signed', async () => {
    await registrar().post(`${path}/signatures`, signature(COUNTY)).expect(201);
    await registrar().post(`${path}/signatures`, signature('rantasalmen-seurakunta')).expect(201);
    const response = await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2026-01-01' }).expect(201);
    const read = await registrar().get(path).expect(200);
    expect(read.headers.etag).toBe(`"${response.body.revision}"`);
    expect(read.body.status).toBe('in-force');
    expect((await registrar().get(`${path}?on=2025-12-31`)).body.status).toBe('signed');
    expect((await registrar().get(`${path}?on=2030-01-01`)).body.status).toBe('expired');
  });

  it('keeps every event with its actor from the key, chained by hash', async () => {
    const response = await pacta.as('auditor').get(`${path}/events`).expect(200);
    const events = response.body.events;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'AgreementDrafted',
      'BoardDecisionRecorded',
      'BoardDecisionRecorded',
      'SignatureRecorded',
      'BoardDecisionRecorded',
      'BoardDecisionRecorded',
      'BoardDecisionRecorded',
      'SignatureRecorded',
      'SignatureRecorded',
      'SignatureRecorded',
      'VersionEnteredIntoForce',
    ]);
    events.forEach((event: { streamRevision: number; prevHash: string | null; hash: string; metadata: { actor: string; role: string } }, i: number) => {
      expect(event.streamRevision).toBe(i);
      expect(event.prevHash).toBe(i === 0 ? null : events[i - 1].hash);
      expect(event.metadata.role).toBe('registrar');
      expect(event.metadata.actor).toMatch(/^env-registrar-/);
    });
  });

  it('refuses a stale If-Match with 412 and accepts the current one', async () => {
    const current = Number(JSON.parse((await registrar().get(path)).headers.etag));
    const review = { year: 2026, heldOn: '2026-11-15', meeting: 'Johtoryhmä', actions: [], findings: [] };
    const stale = await registrar().post(`${path}/reviews`, review).set('If-Match', `"${current - 1}"`).expect(412);
    expect(stale.body.field).toBe('If-Match');
    await registrar().post(`${path}/reviews`, review).set('If-Match', `"${current}"`).expect(201);
  });
});
