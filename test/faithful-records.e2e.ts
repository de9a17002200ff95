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
});
