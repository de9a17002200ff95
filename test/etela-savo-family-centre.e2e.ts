/**
 * Seed 002: Rantasalmi approves the Etelä-Savo family-centre cooperation agreement 2026–2029, through the API, with
 * the demo seed's own commands. HYSIVLTK 29.09.2025 § 85 proposed it to the municipal board; KHALL 03.11.2025 § 331
 * approved it (case 441/00.04.02/2025) by electronic decision-making. The other parties' decisions and every
 * signature are not in the document: the seed records them as assumed, and so does this test.
 */
import type { AgreementRequest, PartyRequest } from '@pacta/registry';
import {
  assumedApprovalOf,
  assumedSignatureOf,
  BOARD_APPROVES,
  COMMITTEE_PROPOSES,
  ENTERS_INTO_FORCE,
  ES_COUNTY as COUNTY,
  FAMILY_CENTRE,
  PARISH,
  RANTASALMI,
  SEED_002_DRAFT,
  SEED_002_PARTIES,
} from '../libs/registry/src/seed/seed-002';
import { TestPacta, startPacta } from './support/pacta';

const path = `/v1/agreements/${FAMILY_CENTRE}`;

/** The body of a request as a client posts it: the route names the command and the agreement. */
const bodyOf = (request: AgreementRequest) => {
  const { type: _type, agreementId: _agreementId, ...body } = request;
  return body;
};
const partyBody = (request: PartyRequest) => {
  const { type: _type, partyId, partyType, ...rest } = request as Extract<PartyRequest, { type: 'RegisterParty' }>;
  return { id: partyId, type: partyType, ...rest };
};
const { agreementId: _id, type: _draft, terms, ...draftFields } = SEED_002_DRAFT;
const agreement = { id: FAMILY_CENTRE, ...draftFields, ...terms };

describe('the Etelä-Savo family-centre agreement from draft to entry into force', () => {
  let pacta: TestPacta;
  beforeAll(async () => {
    pacta = await startPacta();
  });
  afterAll(() => pacta.close());

  const registrar = () => pacta.as('registrar');

  it('registers the parties, each with the document that names it', async () => {
    for (const party of SEED_002_PARTIES.map(partyBody)) {
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
    const response = await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(RANTASALMI))).expect(409);
    expect(response.body.code).toBe('party-has-not-approved');
  });

  it('refuses entry into force before anyone has approved or signed', async () => {
    const response = await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2026-01-01' }).expect(409);
    expect(response.body.detail).toContain('rantasalmi');
  });

  it("records the welfare and education committee's proposal to the municipal board (§ 85)", async () => {
    await registrar().post(`${path}/decisions`, bodyOf(COMMITTEE_PROPOSES)).expect(201);
    // A proposal to a higher body is not an approval: signing is still refused.
    await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(RANTASALMI))).expect(409);
  });

  it("records the municipal board's approval (§ 331) with its case number, electronic procedure and source", async () => {
    await registrar().post(`${path}/decisions`, bodyOf(BOARD_APPROVES)).expect(201);
    const read = await registrar().get(`${path}?on=2025-11-05`).expect(200);
    expect(read.body.status).toBe('in-approval');
    const [proposal, approval] = read.body.state.versions[0].decisions;
    expect(proposal).toMatchObject({ outcome: 'proposed-to-higher-body', referredTo: 'kunnanhallitus', section: '§ 85' });
    expect(approval).toMatchObject({
      body: 'kunnanhallitus',
      diaryNumber: '441/00.04.02/2025',
      procedure: 'electronic',
      source: { document: '002_a8f13f1475d46feb.txt', reference: 'KHALL 03.11.2025 § 331' },
    });
    expect(read.body.state.versions[0].terms.diaryNumber).toBeUndefined();
  });

  it('refuses a decision by a body that is not a party, naming the field', async () => {
    const response = await registrar().post(`${path}/decisions`, { ...bodyOf(assumedApprovalOf(COUNTY)), partyId: 'juva' }).expect(422);
    expect(response.body.field).toBe('partyId');
  });

  it('lets Rantasalmi sign once approved, and only once', async () => {
    await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(RANTASALMI))).expect(201);
    await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(RANTASALMI))).expect(409);
  });

  it('refuses entry into force while other parties have not signed', async () => {
    for (const partyId of [COUNTY, PARISH]) await registrar().post(`${path}/decisions`, bodyOf(assumedApprovalOf(partyId))).expect(201);
    await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(PARISH))).expect(201);
    const response = await registrar().post(`${path}/entry-into-force`, bodyOf(ENTERS_INTO_FORCE)).expect(409);
    expect(response.body.detail).toContain(COUNTY);
    expect(response.body.detail).not.toContain(PARISH);
  });

  it('enters into force on 1.1.2026 once every party has approved and signed', async () => {
    await registrar().post(`${path}/signatures`, bodyOf(assumedSignatureOf(COUNTY))).expect(201);
    const response = await registrar().post(`${path}/entry-into-force`, bodyOf(ENTERS_INTO_FORCE)).expect(201);
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
