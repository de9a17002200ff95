/**
 * Faithful records: every fact says where it comes from or that it is assumed. Both time axes are asked: the valid
 * date (`on`) and the recorded time (`knownAt`).
 */
import { TestPacta, startPacta } from './support/pacta';

const AGREEMENT = 'faithful-framework';
const MINUTES = { document: 'Kunnanhallituksen pöytäkirja 3.11.2025', reference: 'KHALL 03.11.2025 § 331', page: 4 };
const UNSIGNED = { note: 'the minutes do not say who signed for toinen, nor when' };

describe('faithful records', () => {
  let pacta: TestPacta;
  const registrar = () => pacta.as('registrar');
  const legal = () => pacta.as('legal');

  beforeAll(async () => {
    pacta = await startPacta();
    await registrar()
      .post('/v1/parties', { id: 'kunta', name: { fi: 'Kunta' }, type: 'municipality', source: { document: 'YTJ', reference: 'kunta' } })
      .expect(201);
    await registrar().post('/v1/parties', { id: 'toinen', name: { fi: 'Toinen' }, type: 'municipality' }).expect(201);
    await registrar()
      .post('/v1/agreements', {
        id: AGREEMENT,
        kind: 'framework',
        title: { fi: 'Puitesopimus' },
        term: { startsOn: '2026-01-01', endsOn: null },
        parties: [
          { partyId: 'kunta', role: 'host' },
          { partyId: 'toinen', role: 'participant' },
        ],
        obligations: [{ id: 'coordinate', type: 'coordinate', obligor: 'all', description: { fi: 'Koordinoi' } }],
        source: { document: 'Sopimusluonnos', reference: 'liite 1' },
      })
      .expect(201);
    for (const partyId of ['kunta', 'toinen']) {
      await registrar()
        .post(`/v1/agreements/${AGREEMENT}/decisions`, {
          partyId,
          body: 'kunnanhallitus',
          meetingDate: '2025-11-03',
          section: '§ 331',
          outcome: 'approved',
          version: 1,
          source: MINUTES,
        })
        .expect(201);
    }
    const signatory = { name: 'Kunnanjohtaja', title: 'kunnanjohtaja' };
    await registrar()
      .post(`/v1/agreements/${AGREEMENT}/signatures`, { partyId: 'kunta', signatory, authority: 'position', signedOn: '2025-11-10', method: 'electronic', version: 1 })
      .expect(201);
    await registrar()
      .post(`/v1/agreements/${AGREEMENT}/signatures`, {
        partyId: 'toinen',
        signatory,
        authority: 'position',
        signedOn: '2025-11-10',
        method: 'paper',
        version: 1,
        assumed: UNSIGNED,
      })
      .expect(201);
    await registrar().post(`/v1/agreements/${AGREEMENT}/entry-into-force`, { version: 1, effectiveFrom: '2026-01-01', source: MINUTES }).expect(201);
  });
  afterAll(() => pacta.close());

  describe('provenance', () => {
    it('keeps each fact’s source and assumption in the agreement view, now and at an earlier recorded time', async () => {
      const now = await legal().get(`/v1/agreements/${AGREEMENT}?on=2026-06-01`).expect(200);
      const [version] = now.body.state.versions;
      expect(version.source).toEqual({ document: 'Sopimusluonnos', reference: 'liite 1' });
      expect(version.decisions.map((d: { source: unknown }) => d.source)).toEqual([MINUTES, MINUTES]);
      expect(version.signatures.find((s: { partyId: string }) => s.partyId === 'toinen').assumed).toEqual(UNSIGNED);
      expect(now.body.state.inForce[0].source).toEqual(MINUTES);

      const history = await registrar().get(`/v1/agreements/${AGREEMENT}/events`).expect(200);
      const signed = history.body.events.filter((e: { type: string }) => e.type === 'SignatureRecorded');
      const beforeEntry = signed[1].globalPosition;
      expect(signed[1].data.assumed).toEqual(UNSIGNED);
      const then = await legal().get(`/v1/agreements/${AGREEMENT}?knownAt=${beforeEntry}`).expect(200);
      expect(then.body.state.versions[0].signatures[1].assumed).toEqual(UNSIGNED);
      expect(then.body.state.inForce).toEqual([]);
    });

    it('lists an obligation that rests on an assumed signature as assumed, and only that one', async () => {
      const page = await legal().get(`/v1/obligations?on=2026-06-01&type=coordinate`).expect(200);
      const byParty = Object.fromEntries(page.body.obligations.map((o: { partyId: string; assumed?: true }) => [o.partyId, o.assumed ?? false]));
      expect(byParty).toEqual({ kunta: false, toinen: true });
    });

    it('takes a population’s source as text, as before, or as a document and reference', async () => {
      await registrar().post('/v1/parties/kunta/populations', { year: 2024, population: 1000, source: 'Tilastokeskus 31.12.2024' }).expect(201);
      const statistic = { document: 'Tilastokeskus, väestörakenne', reference: '31.12.2025', url: 'https://stat.fi/' };
      await registrar()
        .post('/v1/parties/kunta/populations', { year: 2025, population: 1010, source: statistic, assumed: { note: 'a preliminary figure' } })
        .expect(201);
      const party = await legal().get('/v1/parties/kunta').expect(200);
      expect(party.body.state.source).toEqual({ document: 'YTJ', reference: 'kunta' });
      expect(party.body.state.populations).toEqual({
        2024: { population: 1000, source: 'Tilastokeskus 31.12.2024' },
        2025: { population: 1010, source: statistic, assumed: { note: 'a preliminary figure' } },
      });
      const list = await legal().get(`/v1/parties?minPosition=${party.body.revision}`).expect(200);
      expect(list.body.parties.find((p: { id: string }) => p.id === 'kunta').populations[2025].source).toEqual(statistic);
    });

    it.each([
      [{ source: { document: 'Pöytäkirja' } }, 'source.reference'],
      [{ source: { document: 'Pöytäkirja', reference: '§ 1', url: 'javascript:alert(1)' } }, 'source.url'],
      [{ source: { document: 'Pöytäkirja', reference: '§ 1', sha256: 'ABC' } }, 'source.sha256'],
      [{ assumed: { note: '' } }, 'assumed.note'],
      [{ assumed: 'yes' }, 'assumed'],
    ])('refuses a malformed provenance %j, naming %s', async (provenance, field) => {
      const answer = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/reviews`, { year: 2026, heldOn: '2026-11-01', meeting: 'Ohjausryhmä', actions: [], findings: [], ...provenance })
        .expect(422);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('no facts from the future', () => {
    // The test clock stands at 2026-11-23T10:00Z: 12:00 in Helsinki.
    const signatory = { name: 'Kunnanjohtaja', title: 'kunnanjohtaja' };
    it.each([
      ['decisions', { partyId: 'kunta', body: 'kunnanhallitus', meetingDate: '2099-01-01', section: '§ 1', outcome: 'approved', version: 1 }, 'meetingDate'],
      ['signatures', { partyId: 'kunta', signatory, authority: 'position', signedOn: '2100-10-01', method: 'paper', version: 1 }, 'signedOn'],
      ['reviews', { year: 2026, heldOn: '2026-11-24', meeting: 'Ohjausryhmä', actions: [], findings: [] }, 'heldOn'],
    ])('refuses a %s date after today with 422 naming the field and today', async (route, body, field) => {
      const answer = await registrar().post(`/v1/agreements/${AGREEMENT}/${route}`, body).expect(422);
      expect(answer.body).toMatchObject({ code: 'date-in-the-future', field, today: '2026-11-23' });
      expect(answer.body.detail).toContain('2026-11-23');
    });

    it('takes a fact dated today, and an effective date in the future', async () => {
      await registrar()
        .post(`/v1/agreements/${AGREEMENT}/reviews`, { year: 2026, heldOn: '2026-11-23', meeting: 'Ohjausryhmä', actions: [], findings: [] })
        .expect(201);
      await registrar().post(`/v1/agreements/${AGREEMENT}/withdrawals`, { partyId: 'toinen', effectiveOn: '2030-12-31', reason: 'Oma palvelu' }).expect(201);
    });
  });

  describe('corrections', () => {
    interface Envelope { eventId: string; type: string; globalPosition: number; data: Record<string, unknown>; metadata: { actor: string } }
    const history = async (): Promise<Envelope[]> => (await registrar().get(`/v1/agreements/${AGREEMENT}/events`).expect(200)).body.events;
    const eventOf = async (type: string, partyId?: string) =>
      (await history()).find((e) => e.type === type && (partyId === undefined || e.data.partyId === partyId))!;
    const snapshotRequest = { scope: { agreementId: AGREEMENT }, on: '2026-06-01', title: 'Ennen korjausta' };
    let before: { asOfPosition: number; sha256: string };
    let corrected: { id: string; revision: number; position: number };
    let decision: Envelope;

    beforeAll(async () => {
      before = (await registrar().post('/v1/snapshots', snapshotRequest).expect(201)).body;
      decision = await eventOf('BoardDecisionRecorded', 'kunta');
      const replacement = { ...decision.data, section: '§ 332' };
      corrected = (
        await registrar()
          .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: decision.eventId, reason: 'Pykälä kirjattu väärin', replacement, source: MINUTES })
          .set('Idempotency-Key', 'correct-kunta-section')
          .expect(201)
      ).body;
    });

    it('answers as every command does, and a replay with the same key writes nothing', async () => {
      expect(Object.keys(corrected).sort()).toEqual(['id', 'position', 'revision']);
      const replacement = { ...decision.data, section: '§ 332' };
      const again = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: decision.eventId, reason: 'Pykälä kirjattu väärin', replacement, source: MINUTES })
        .set('Idempotency-Key', 'correct-kunta-section')
        .expect(201);
      expect(again.body).toEqual(corrected);
    });

    it('shows the corrected fact and its trail now, and the fact as it was known before the correction', async () => {
      const now = await legal().get(`/v1/agreements/${AGREEMENT}`).expect(200);
      expect(now.body.state.versions[0].decisions.find((d: { partyId: string }) => d.partyId === 'kunta').section).toBe('§ 332');
      expect(now.body.state.corrections).toEqual([
        expect.objectContaining({
          eventId: decision.eventId,
          correctedType: 'BoardDecisionRecorded',
          was: decision.data,
          reason: 'Pykälä kirjattu väärin',
          correctedBy: decision.metadata.actor,
          correctedAt: '2026-11-23T10:00:00.000Z',
          source: MINUTES,
        }),
      ]);
      const then = await legal().get(`/v1/agreements/${AGREEMENT}?knownAt=${corrected.position - 1}`).expect(200);
      expect(then.body.state.versions[0].decisions.find((d: { partyId: string }) => d.partyId === 'kunta').section).toBe('§ 331');
      expect(then.body.state.corrections).toBeUndefined();
    });

    it('keeps the original event in the log untouched, and the chain verifies', async () => {
      const events = await history();
      expect(events.find((e) => e.eventId === decision.eventId)).toEqual(decision);
      expect(events.at(-1)).toMatchObject({ type: 'FactCorrected', globalPosition: corrected.position });
      const verified = await pacta.as('auditor').get('/v1/audit/verify').expect(200);
      expect(verified.body).toMatchObject({ ok: true, broken: [] });
    });

    it('regenerates a snapshot at a position before the correction with the same bytes', async () => {
      const again = await registrar().post('/v1/snapshots', { ...snapshotRequest, atPosition: before.asOfPosition }).expect(201);
      expect(again.body.sha256).toBe(before.sha256);
    });

    it('refuses to retract a signature an entry into force rests on, naming the entry into force', async () => {
      const signature = await eventOf('SignatureRecorded', 'toinen');
      const refused = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: signature.eventId, reason: 'Ei allekirjoitettu', retract: true })
        .expect(409);
      expect(refused.body).toMatchObject({
        code: 'correction-breaks-dependent',
        dependents: ['the entry into force of version 1 on 2026-01-01 not approved and signed by toinen'],
      });
    });

    it('refuses moving a signature before its approval, and a replacement dated after today', async () => {
      const signature = await eventOf('SignatureRecorded', 'kunta');
      const early = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: signature.eventId, reason: 'Päivä väärin', replacement: { ...signature.data, signedOn: '2025-10-01' } })
        .expect(409);
      expect(early.body.dependents).toEqual(['the signature of kunta on 2025-10-01 (version 1) before its approval on 2025-11-03']);
      const future = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: decision.eventId, reason: 'Päivä väärin', replacement: { ...decision.data, meetingDate: '2099-01-01' } })
        .expect(422);
      expect(future.body).toMatchObject({ code: 'date-in-the-future', field: 'replacement.meetingDate', today: '2026-11-23' });
    });

    it('refuses an unknown event, both a replacement and a retraction, and anyone but the registrar', async () => {
      const unknown = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: '0193e0a4-0000-7000-8000-000000000099', reason: 'x', retract: true })
        .expect(422);
      expect(unknown.body.field).toBe('eventId');
      const both = await registrar()
        .post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: decision.eventId, reason: 'x', retract: true, replacement: decision.data })
        .expect(422);
      expect(both.body.field).toBe('retract');
      await legal().post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: decision.eventId, reason: 'x', retract: true }).expect(403);
    });

    it('annuls an entry into force: no obligations now, the old ones at the earlier recorded time', async () => {
      const entry = await eventOf('VersionEnteredIntoForce');
      const annulled = (
        await registrar().post(`/v1/agreements/${AGREEMENT}/corrections`, { eventId: entry.eventId, reason: 'Päätös kumottu', retract: true }).expect(201)
      ).body;
      const now = await legal().get(`/v1/obligations?on=2026-06-01&type=coordinate&minPosition=${annulled.position}`).expect(200);
      expect(now.body.obligations).toEqual([]);
      const then = await legal().get(`/v1/obligations?on=2026-06-01&type=coordinate&knownAt=${annulled.position - 1}`).expect(200);
      expect(then.body.obligations.map((o: { partyId: string }) => o.partyId)).toEqual(['kunta', 'toinen']);
      const agreement = await legal().get(`/v1/agreements/${AGREEMENT}?on=2026-06-01`).expect(200);
      expect(agreement.body.status).not.toBe('in-force');
    });

    it('corrects a party’s population figure, in the party and in the list', async () => {
      const events = (await pacta.as('auditor').get('/v1/events?limit=500').expect(200)).body.events as Envelope[];
      const figure = events.find((e) => e.type === 'PopulationRecorded' && e.data.year === 2024)!;
      const fixed = (
        await registrar()
          .post('/v1/parties/kunta/corrections', { eventId: figure.eventId, reason: 'Luku väärältä vuodelta', replacement: { ...figure.data, population: 1004 } })
          .expect(201)
      ).body;
      const party = await legal().get('/v1/parties/kunta').expect(200);
      expect(party.body.state.populations[2024]).toEqual({ population: 1004, source: 'Tilastokeskus 31.12.2024' });
      expect(party.body.state.corrections).toEqual([expect.objectContaining({ eventId: figure.eventId, was: figure.data })]);
      const list = await legal().get(`/v1/parties?minPosition=${fixed.position}`).expect(200);
      expect(list.body.parties.find((p: { id: string }) => p.id === 'kunta').populations[2024].population).toBe(1004);

      const then = await legal().get(`/v1/parties/kunta?knownAt=${fixed.position - 1}`).expect(200);
      expect(then.body.state.populations[2024].population).toBe(1000);
      expect(then.body.state).not.toHaveProperty('corrections');
      expect(then.body.knownAt.position).toBeLessThan(fixed.position);
      expect(then.body.revision).toBe(party.body.revision - 1);
    });

    it('answers a party asked for before it was registered with a 404, and a malformed knownAt with the field', async () => {
      const events = (await pacta.as('auditor').get('/v1/events?limit=500').expect(200)).body.events as Envelope[];
      const registered = events.find((e) => e.type === 'PartyRegistered' && e.data.partyId === 'kunta')!;
      const before = await legal().get(`/v1/parties/kunta?knownAt=${registered.globalPosition - 1}`).expect(404);
      expect(before.body.detail).toBe('party kunta was not registered yet at knownAt');
      const malformed = await legal().get('/v1/parties/kunta?knownAt=yesterday').expect(400);
      expect(malformed.body).toMatchObject({ field: 'knownAt' });
    });
  });
});
