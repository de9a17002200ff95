/**
 * Issue 5: annual reviews on the seed's Etelä-Savo family-centre agreement, the overdue flag, and status snapshots
 * that regenerate byte for byte from the log while later events keep arriving.
 */
import { CommandBus } from '@nestjs/cqrs';
import { canonicalJson, sha256Hex } from '@pacta/event-store';
import { seedRegistry } from '@pacta/registry';
import * as ical from 'node-ical';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestPacta, startPacta } from './support/pacta';
import { runCli } from './support/service';


const FAMILY_CENTRE = 'etela-savo-family-centre-2026';
const FAMILY_LAW = 'keski-suomi-family-law-laukaa';
const COUNTY = 'etela-savon-hyvinvointialue';
const SECOND = 'rantasalmi-kohtaamispaikka-2026';

describe('annual reviews and status snapshots', () => {
  let pacta: TestPacta;
  const registrar = () => pacta.as('registrar');
  const legal = () => pacta.as('legal');
  const after = (position: number) => (path: string) => legal().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
  const getText = (path: string, role: 'registrar' | 'legal' | 'auditor' = 'legal') => pacta.as(role).get(path);
  const review = {
    year: 2026,
    heldOn: '2026-11-15',
    meeting: 'Perhekeskuksen johtoryhmä',
    nextReviewDue: '2027-10-31',
    actions: ['Päivitetään kohtaamispaikkojen aukioloajat'],
    findings: [
      { obligationId: 'premises', partyId: 'rantasalmi', status: 'met', note: 'Kohtaamispaikka kirjastossa' },
      { obligationId: 'coordination', partyId: COUNTY, status: 'partly-met', note: 'Koordinaattori aloitti 1.3.' },
    ],
  };
  let reviewed: number;

  beforeAll(async () => {
    pacta = await startPacta();
    await seedRegistry(pacta.app.get(CommandBus));
    reviewed = (await registrar().post(`/v1/agreements/${FAMILY_CENTRE}/reviews`, review).expect(201)).body.position;
  });
  afterAll(() => pacta.close());

  describe('reviews', () => {
    it('refuses a finding on an obligation not in force for that party in the review year, naming the finding', async () => {
      const premisesOfCounty = await registrar()
        .post(`/v1/agreements/${FAMILY_CENTRE}/reviews`, { ...review, findings: [review.findings[0], { obligationId: 'premises', partyId: COUNTY, status: 'met' }] })
        .expect(422);
      expect(premisesOfCounty.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(premisesOfCounty.body).toMatchObject({ code: 'invalid-review', field: 'findings[1]' });
      const beforeInForce = await registrar()
        .post(`/v1/agreements/${FAMILY_CENTRE}/reviews`, { ...review, year: 2025, heldOn: '2025-11-15', findings: [review.findings[0]] })
        .expect(422);
      expect(beforeInForce.body.field).toBe('findings[0]');
      const unknown = await registrar()
        .post(`/v1/agreements/${FAMILY_CENTRE}/reviews`, { ...review, findings: [{ obligationId: 'bake-bread', partyId: 'rantasalmi', status: 'met' }] })
        .expect(422);
      expect(unknown.body.field).toBe('findings[0]');
    });

    it('puts the next review date in /v1/deadlines and the iCalendar feed', async () => {
      const deadlines = await after(reviewed)('/v1/deadlines?from=2027-01-01&to=2027-12-31').expect(200);
      expect(deadlines.body.deadlines).toContainEqual(
        expect.objectContaining({ date: '2027-10-31', type: 'review-due', agreementId: FAMILY_CENTRE, reviewYear: 2026 }),
      );
      const feed = await getText('/v1/deadlines.ics').expect(200);
      const events = Object.values(ical.sync.parseICS(feed.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
      const due = events.find((e) => e.uid === `review-due.${FAMILY_CENTRE}.all.2027-10-31@pacta`);
      expect(due?.summary).toContain('Annual review due');
    });

    it('flags an overdue review on the agreement list and on the agreement, with its due date', async () => {
      const list = async (on: string) =>
        (await after(reviewed)(`/v1/agreements?kind=family-centre&on=${on}`).expect(200)).body.agreements.find((a: { id: string }) => a.id === FAMILY_CENTRE);
      expect(await list('2027-10-31')).toMatchObject({ reviewDue: '2027-10-31', reviewOverdue: false });
      expect(await list('2027-11-01')).toMatchObject({ reviewDue: '2027-10-31', reviewOverdue: true });
      // Past the end of the term nothing is owed any more.
      expect(await list('2030-01-01')).toMatchObject({ status: 'expired', reviewOverdue: false });
      const one = await legal().get(`/v1/agreements/${FAMILY_CENTRE}?on=2027-11-01`).expect(200);
      expect(one.body).toMatchObject({ reviewDue: '2027-10-31', reviewOverdue: true });
      const never = await legal().get(`/v1/agreements/${FAMILY_LAW}?on=2021-06-01`).expect(200);
      expect(never.body).toMatchObject({ reviewDue: null, reviewOverdue: false });
    });
  });

  describe('snapshots', () => {
    const request = { scope: { agreementId: FAMILY_CENTRE }, on: '2026-11-15', title: 'Vuosikatselmus 2026 — Etelä-Savon perhekeskus' };
    let first: { id: string; asOfPosition: number; sha256: string; position: number };
    let firstJson: string;

    beforeAll(async () => {
      first = (await registrar().post('/v1/snapshots', request).expect(201)).body;
      firstJson = (await getText(`/v1/snapshots/${first.id}.json`).expect(200)).text;
    });

    it('records SnapshotGenerated with the position it reflects and the SHA-256 of its canonical JSON', async () => {
      expect(Object.keys(first).sort()).toEqual(['asOfPosition', 'id', 'position', 'sha256']);
      expect(first.asOfPosition).toBe(reviewed);
      expect(first.position).toBe(first.asOfPosition + 1);
      expect(sha256Hex(firstJson)).toBe(first.sha256);
      expect(canonicalJson(JSON.parse(firstJson))).toBe(firstJson);
      const events = await pacta.as('auditor').get(`/v1/events?after=${first.position - 1}&limit=1`).expect(200);
      expect(events.body.events[0]).toMatchObject({
        streamId: `snapshot-${first.id}`,
        type: 'SnapshotGenerated',
        schemaVersion: 1,
        data: { snapshotId: first.id, asOfPosition: first.asOfPosition, sha256: first.sha256, ...request },
        metadata: { role: 'registrar' },
      });
      const metadata = await pacta.as('auditor').get(`/v1/snapshots/${first.id}`).expect(200);
      expect(metadata.body).toMatchObject({ id: first.id, asOfPosition: first.asOfPosition, sha256: first.sha256, position: first.position, ...request });
      expect(metadata.body.forms.html).toBe(`/v1/snapshots/${first.id}.html`);
      expect((await legal().get('/v1/snapshots/sn-nothing-here').expect(404)).body.code).toBe('snapshot-not-found');
      expect((await legal().get('/v1/snapshots/sn-nothing-here.json').expect(404)).body.code).toBe('snapshot-not-found');
    });

    it('holds status, parties with decisions and signatures, obligations with the latest finding, and the audit heads', async () => {
      const doc = JSON.parse(firstJson);
      expect(doc).toMatchObject({ title: request.title, on: '2026-11-15', asOfPosition: first.asOfPosition, overdueReviews: [] });
      expect(doc).not.toHaveProperty('id');
      const [agreement] = doc.agreements;
      expect(agreement).toMatchObject({ agreementId: FAMILY_CENTRE, status: 'in-force', review: { due: '2027-10-31', overdue: false } });
      const rantasalmi = agreement.parties.find((p: { partyId: string }) => p.partyId === 'rantasalmi');
      expect(rantasalmi.decisions.map((d: { section: string }) => d.section)).toEqual(expect.arrayContaining(['§ 331']));
      expect(rantasalmi.signature).toMatchObject({ signedOn: '2025-11-20' });
      const premises = agreement.obligations
        .find((group: { partyId: string }) => group.partyId === 'rantasalmi')
        .obligations.find((o: { obligationId: string }) => o.obligationId === 'premises');
      expect(premises.latestFinding).toEqual({ year: 2026, heldOn: '2026-11-15', status: 'met', note: 'Kohtaamispaikka kirjastossa' });
      expect(doc.deadlines.items).toContainEqual(expect.objectContaining({ date: '2027-10-31', type: 'review-due' }));
      expect(doc.deadlines.items.every((d: { date: string }) => d.date >= '2026-11-15' && d.date <= '2027-11-14')).toBe(true);
      expect(agreement.sinceLastReview).toEqual({ reviewYear: 2026, events: [] });
      const verify = await pacta.as('auditor').get(`/v1/audit/verify?heads=${doc.heads}&position=${first.asOfPosition}`).expect(200);
      expect(verify.body.headsCheck).toMatchObject({ match: true, position: first.asOfPosition });
    });

    it('regenerates byte-identical JSON at the same position while later events exist', async () => {
      await registrar().post('/v1/parties/rantasalmi/populations', { year: 2025, population: 3500, source: 'test figure' }).expect(201);
      await registrar()
        .post(`/v1/agreements/${FAMILY_CENTRE}/withdrawals`, { partyId: 'rantasalmen-seurakunta', effectiveOn: '2027-12-31', reason: 'Testi' })
        .expect(201);
      const again = await registrar().post('/v1/snapshots', { ...request, atPosition: first.asOfPosition }).expect(201);
      expect(again.body.id).not.toBe(first.id);
      expect(again.body).toMatchObject({ asOfPosition: first.asOfPosition, sha256: first.sha256 });
      const againJson = (await getText(`/v1/snapshots/${again.body.id}.json`).expect(200)).text;
      expect(againJson).toBe(firstJson);
      expect((await getText(`/v1/snapshots/${first.id}.json`).expect(200)).text).toBe(firstJson);

      const atHead = await registrar().post('/v1/snapshots', request).expect(201);
      expect(atHead.body.asOfPosition).toBeGreaterThan(first.asOfPosition);
      expect(atHead.body.sha256).not.toBe(first.sha256);
      const moved = JSON.parse((await getText(`/v1/snapshots/${atHead.body.id}.json`).expect(200)).text);
      expect(moved.agreements[0].sinceLastReview.events.map((e: { type: string }) => e.type)).toEqual(['PartyWithdrew']);
    });

    it('answers a replayed Idempotency-Key with the first snapshot', async () => {
      const send = () => registrar().post('/v1/snapshots', request).set('Idempotency-Key', 'snapshot-replay-1');
      const first = await send().expect(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      await registrar().post('/v1/parties/rantasalmi/populations', { year: 2024, population: 3550, source: 'test figure' }).expect(201);
      const second = await send().expect(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
    });

    it('refuses an atPosition beyond the head, an unknown agreement or party and a malformed scope, naming the field', async () => {
      const head = (await pacta.http.get('/health')).body.position;
      const beyond = await registrar().post('/v1/snapshots', { ...request, atPosition: head + 1 }).expect(422);
      expect(beyond.body).toMatchObject({ code: 'invalid-snapshot', field: 'atPosition' });
      expect((await registrar().post('/v1/snapshots', { ...request, scope: { agreementId: 'no-such' } }).expect(422)).body.field).toBe('scope.agreementId');
      expect((await registrar().post('/v1/snapshots', { ...request, scope: { partyId: 'nobody' } }).expect(422)).body.field).toBe('scope.partyId');
      // The party did not exist yet at position 1.
      expect((await registrar().post('/v1/snapshots', { ...request, scope: { partyId: 'rantasalmi' }, atPosition: 1 }).expect(422)).body.field).toBe('scope.partyId');
      for (const scope of [{}, { agreementId: FAMILY_CENTRE, kind: 'framework' }, { kind: 'Family Law' }, 'all']) {
        expect((await registrar().post('/v1/snapshots', { ...request, scope }).expect(422)).body.field).toBe('scope');
      }
      expect((await registrar().post('/v1/snapshots', { ...request, on: '2026-02-30' }).expect(422)).body.field).toBe('on');
      expect((await registrar().post('/v1/snapshots', { ...request, atPosition: 0 }).expect(422)).body.field).toBe('atPosition');
      await legal().post('/v1/snapshots', request).expect(403);
    });

    it('lists both agreements in the snapshot of a party across two agreements, with only its obligations', async () => {
      const path = `/v1/agreements/${SECOND}`;
      await registrar()
        .post('/v1/agreements', {
          id: SECOND,
          kind: 'family-centre',
          title: { fi: 'Rantasalmen kohtaamispaikka' },
          term: { startsOn: '2026-03-01', endsOn: null },
          parties: [
            { partyId: 'rantasalmi', role: 'host' },
            { partyId: COUNTY, role: 'participant' },
          ],
          obligations: [
            { id: 'open-hours', type: 'produce-service', obligor: { partyId: 'rantasalmi' }, beneficiary: 'all', description: { fi: 'Avoinna kahtena päivänä viikossa' } },
            { id: 'worker', type: 'provide-staff', obligor: { partyId: COUNTY }, description: { fi: 'Perhetyöntekijä' } },
          ],
        })
        .expect(201);
      for (const partyId of ['rantasalmi', COUNTY]) {
        await registrar().post(`${path}/decisions`, { partyId, body: 'kunnanhallitus', meetingDate: '2026-02-02', section: '§ 12', outcome: 'approved', version: 1 }).expect(201);
        await registrar()
          .post(`${path}/signatures`, { partyId, signatory: { name: 'N. N.', title: 'kunnanjohtaja' }, authority: 'position', signedOn: '2026-02-10', method: 'electronic', version: 1 })
          .expect(201);
      }
      await registrar().post(`${path}/entry-into-force`, { version: 1, effectiveFrom: '2026-03-01' }).expect(201);

      const made = await registrar().post('/v1/snapshots', { scope: { partyId: 'rantasalmi' }, on: '2026-11-23', title: 'Rantasalmen velvoitteet' }).expect(201);
      const doc = JSON.parse((await getText(`/v1/snapshots/${made.body.id}.json`).expect(200)).text);
      expect(doc.party).toMatchObject({ partyId: 'rantasalmi', name: { fi: expect.stringContaining('Rantasalm') } });
      expect(doc.agreements.map((a: { agreementId: string }) => a.agreementId)).toEqual([FAMILY_CENTRE, SECOND]);
      for (const agreement of doc.agreements) {
        expect(agreement.obligations.map((group: { partyId: string }) => group.partyId)).toEqual(['rantasalmi']);
      }
      expect(doc.agreements[1].obligations[0].obligations.map((o: { obligationId: string }) => o.obligationId)).toEqual(['open-hours']);

      const kind = await registrar().post('/v1/snapshots', { scope: { kind: 'family-centre' }, on: '2026-11-23', title: 'Perhekeskukset' }).expect(201);
      const byKind = JSON.parse((await getText(`/v1/snapshots/${kind.body.id}.json`).expect(200)).text);
      expect(byKind.agreements.map((a: { agreementId: string }) => a.agreementId)).toEqual([FAMILY_CENTRE, SECOND]);
    });

    it('lists an overdue review in a snapshot on a later date', async () => {
      const made = await registrar().post('/v1/snapshots', { ...request, on: '2027-12-15' }).expect(201);
      const doc = JSON.parse((await getText(`/v1/snapshots/${made.body.id}.json`).expect(200)).text);
      expect(doc.overdueReviews).toEqual([{ agreementId: FAMILY_CENTRE, title: expect.any(Object), due: '2027-10-31' }]);
      const md = (await getText(`/v1/snapshots/${made.body.id}.md`).expect(200)).text;
      expect(md).toContain('MYÖHÄSSÄ / OVERDUE');
    });

    it('serves Markdown and HTML with Finnish and English labels, escaping everything', async () => {
      const hostile = await registrar()
        .post('/v1/snapshots', { ...request, title: '<script>alert("x")</script> | *bold* [link](http://evil)' })
        .expect(201);
      const md = await getText(`/v1/snapshots/${hostile.body.id}.md`, 'auditor').expect(200);
      expect(md.headers['content-type']).toMatch(/^text\/markdown; charset=utf-8/);
      expect(md.text).toContain('Velvoitteet / Obligations');
      expect(md.text).toContain('# \\<script\\>alert("x")\\</script\\> \\| \\*bold\\* \\[link\\](http://evil)');
      const html = await getText(`/v1/snapshots/${hostile.body.id}.html`, 'registrar').expect(200);
      expect(html.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(html.text).toContain('Velvoitteet <span class="en">/ Obligations</span>');
      expect(html.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html.text).not.toContain('<script>');
      expect(html.text).toContain('@media print');
    });

    it('pacta snapshot writes the three forms, records the snapshot as the cli, and regenerates the same JSON with --at', async () => {
      const out = mkdtempSync(join(tmpdir(), 'pacta-snapshot-cli-'));
      const cli = (...args: string[]) => runCli(pacta.dataDir, 'snapshot', ...args);
      try {
        const made = cli('--agreement', FAMILY_CENTRE, '--on', '2026-11-15', '--title', request.title, '--at', String(first.asOfPosition), '--out', out);
        expect(made.stderr).toBe('');
        expect(made.status).toBe(0);
        const id = /^snapshot (sn-[0-9a-f]{16})$/m.exec(made.stdout)![1];
        expect(readFileSync(join(out, `${id}.json`), 'utf8')).toBe(firstJson);
        expect(readFileSync(join(out, `${id}.md`), 'utf8')).toContain('Velvoitteet / Obligations');
        expect(readFileSync(join(out, `${id}.html`), 'utf8')).toContain('<h3>Velvoitteet <span class="en">/ Obligations</span>');
        expect(made.stdout).toContain(`sha256 ${first.sha256}`);
        const metadata = await pacta.as('auditor').get(`/v1/snapshots/${id}`).expect(200);
        expect(metadata.body).toMatchObject({ actor: 'cli', role: 'registrar', sha256: first.sha256 });
        const refused = cli('--kind', 'family-centre', '--party', 'rantasalmi', '--on', '2026-11-15', '--title', 'T', '--out', out);
        expect(refused.status).toBe(2);
        const beyond = cli('--kind', 'family-centre', '--on', '2026-11-15', '--title', 'T', '--at', '999999', '--out', out);
        expect(beyond.status).toBe(2);
        expect(beyond.stderr).toContain('atPosition');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
});
