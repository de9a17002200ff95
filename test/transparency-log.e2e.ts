/**
 * Issue 21: a transparency log over the whole history. Checkpoints signed as C2SP notes, RFC 9162 proofs checked
 * here with the library's verifier, bad input refused naming the field, and the four kinds of tampering that each
 * stream's hash chain cannot see — a whole stream deleted, a stream rewritten with every hash recomputed, events of
 * two streams swapped, the log truncated — caught against a checkpoint saved earlier, and named by the API and by
 * the `pacta` CLI (the build that jest's global setup makes).
 */
import { canonicalJson, eventHash } from '@pacta/event-store';
import { leafHash, parseVerifierKey, verifyCheckpoint, verifyConsistency, verifyInclusion } from '@pacta/transparency';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestPacta, startPacta, temporaryDataDir, verifyOverHttp as apiVerify } from './support/pacta';
import { familyCentreDraft } from './support/bodies';
import { REPO, runCli as pacta } from './support/service';


const AGREEMENT = 'tlog-family-centre';
const decision = (partyId: string) => ({
  partyId,
  body: 'kunnanhallitus',
  meetingDate: '2026-11-02',
  section: '§ 12',
  outcome: 'approved',
  unanimous: true,
  version: 1,
});
const party = (id: string, code: string) => ({ id, name: { fi: id }, type: 'municipality', municipalityCode: code });
const b64 = (hashes: string[]) => hashes.map((hash) => Buffer.from(hash, 'base64'));

describe('the transparency log', () => {
  const dataDir = temporaryDataDir();
  let app: TestPacta;
  let key: ReturnType<typeof parseVerifierKey>;
  /** The checkpoint an auditor saved after the first five events. */
  let saved: string;

  beforeAll(async () => {
    app = await startPacta({ dataDir });
    for (const [id, code] of [['rantasalmi', '681'], ['mikkeli', '491']]) await app.as('registrar').post('/v1/parties', party(id, code)).expect(201);
    await app
      .as('registrar')
      .post('/v1/agreements', familyCentreDraft(AGREEMENT))
      .expect(201);
    await app.as('registrar').post(`/v1/agreements/${AGREEMENT}/decisions`, decision('rantasalmi')).expect(201);
    await app.as('registrar').post(`/v1/agreements/${AGREEMENT}/decisions`, decision('mikkeli')).expect(201);
    key = parseVerifierKey((await app.as('legal').get('/v1/audit/key').expect(200)).text);
    saved = (await app.as('legal').get('/v1/audit/checkpoint').expect(200)).text;
  });
  afterAll(async () => {
    await app?.close({ keepData: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('checkpoints and proofs', () => {
    it('answers the latest checkpoint as text, signed by the key it publishes, over every event written so far', async () => {
      const response = await app.as('auditor').get('/v1/audit/checkpoint').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.text).toBe(saved);
      expect(verifyCheckpoint(saved, key)).toMatchObject({ origin: 'pacta', size: 5 });
      expect(key.name).toBe('pacta');
    });

    it('answers an earlier size with the same bytes every time, and refuses a size beyond the log naming treeSize', async () => {
      const three = (await app.as('auditor').get('/v1/audit/checkpoint?treeSize=3').expect(200)).text;
      expect(verifyCheckpoint(three, key).size).toBe(3);
      expect((await app.as('auditor').get('/v1/audit/checkpoint?treeSize=3').expect(200)).text).toBe(three);
      const beyond = await app.as('auditor').get('/v1/audit/checkpoint?treeSize=99').expect(422);
      expect(beyond.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(beyond.body).toMatchObject({ field: 'treeSize', code: 'beyond-the-log' });
      expect((await app.as('auditor').get('/v1/audit/checkpoint?treeSize=x').expect(400)).body.field).toBe('treeSize');
    });

    it('proves every event of the log included, its leaf naming the event as GET /v1/events gives it', async () => {
      const { root, size } = verifyCheckpoint(saved, key);
      const { events } = (await app.as('auditor').get('/v1/events').expect(200)).body;
      for (let index = 0; index < size; index++) {
        const proof = (await app.as('auditor').get(`/v1/audit/proofs/inclusion?index=${index}&treeSize=${size}`).expect(200)).body;
        const event = events[index];
        expect(proof.leaf).toBe(
          canonicalJson({ hash: event.hash, index, position: event.globalPosition, streamId: event.streamId, streamRevision: event.streamRevision }),
        );
        expect(verifyInclusion(leafHash(proof.leaf), index, size, b64(proof.hashes), root)).toBe(true);
      }
    });

    it('proves a later tree consistent with the saved checkpoint once more is written', async () => {
      await app.as('registrar').post('/v1/parties', party('juva', '178')).expect(201);
      const later = verifyCheckpoint((await app.as('auditor').get('/v1/audit/checkpoint').expect(200)).text, key);
      expect(later.size).toBe(6);
      const proof = (await app.as('auditor').get(`/v1/audit/proofs/consistency?from=5&to=6`).expect(200)).body;
      expect(proof).toMatchObject({ from: 5, to: 6 });
      expect(verifyConsistency(5, 6, verifyCheckpoint(saved, key).root, later.root, b64(proof.hashes))).toBe(true);
      expect(verifyConsistency(4, 6, verifyCheckpoint(saved, key).root, later.root, b64(proof.hashes))).toBe(false);
    });

    it("answers what the offline checker in docs/ verifies: the saved checkpoint, a proof of inclusion, the later tree's consistency", async () => {
      const dir = temporaryDataDir();
      try {
        const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
        const keyText = (await app.as('auditor').get('/v1/audit/key').expect(200)).text;
        const later = (await app.as('auditor').get('/v1/audit/checkpoint?treeSize=6').expect(200)).text;
        const inclusion = (await app.as('auditor').get('/v1/audit/proofs/inclusion?index=3&treeSize=5').expect(200)).text;
        const consistency = (await app.as('auditor').get('/v1/audit/proofs/consistency?from=5&to=6').expect(200)).text;
        const checker = (...args: string[]) => spawnSync(process.execPath, [join(REPO, 'docs', 'checker', 'verify.mjs'), ...args], { encoding: 'utf8' });
        const included = checker('inclusion', keyText, put('saved.txt', saved), put('inclusion.json', inclusion));
        expect(included.stdout).toContain(`leaf 3 (agreement-${AGREEMENT}@1`);
        expect(included.status).toBe(0);
        const extended = checker('consistency', keyText, join(dir, 'saved.txt'), put('later.txt', later), put('consistency.json', consistency));
        expect(extended.stdout).toContain('tree size 6 extends tree size 5');
        expect(extended.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each([
      ['/v1/audit/proofs/inclusion?treeSize=5', 400, 'index'],
      ['/v1/audit/proofs/inclusion?index=5&treeSize=5', 422, 'index'],
      ['/v1/audit/proofs/inclusion?index=0&treeSize=50', 422, 'treeSize'],
      ['/v1/audit/proofs/consistency?to=5', 400, 'from'],
      ['/v1/audit/proofs/consistency?from=5&to=3', 422, 'from'],
      ['/v1/audit/proofs/consistency?from=1&to=70', 422, 'to'],
      ['/v1/audit/verify?treeSize=5', 400, 'root'],
      ['/v1/audit/verify?treeSize=5&root=abc', 400, 'root'],
    ])('refuses %s with %i naming %s', async (path, status, field) => {
      expect((await app.as('auditor').get(path).expect(status)).body.field).toBe(field);
    });

    it('gives proofs to auditors only', async () => {
      await app.as('registrar').get('/v1/audit/proofs/inclusion?index=0').expect(403);
      await app.as('legal').get('/v1/audit/proofs/consistency?from=1').expect(403);
    });
  });

  describe('snapshots', () => {
    it('carry the signed checkpoint at their position, the same bytes again when regenerated there, in every form', async () => {
      const request = { scope: { agreementId: AGREEMENT }, on: '2027-03-01', title: 'Katselmus 2027', atPosition: 5 };
      const first = (await app.as('registrar').post('/v1/snapshots', request).expect(201)).body;
      const again = (await app.as('registrar').post('/v1/snapshots', request).expect(201)).body;
      expect(again.id).not.toBe(first.id);
      expect(again.sha256).toBe(first.sha256);

      const document = (await app.as('legal').get(`/v1/snapshots/${first.id}.json`).expect(200)).body;
      expect(document).toMatchObject({ documentVersion: 2, asOfPosition: 5, checkpoint: saved });
      expect((await app.as('legal').get(`/v1/snapshots/${first.id}`).expect(200)).body.checkpoint).toBe(saved);
      expect((await app.as('legal').get(`/v1/snapshots/${first.id}.md`).expect(200)).text).toContain(saved);
      expect((await app.as('legal').get(`/v1/snapshots/${first.id}.html`).expect(200)).text).toContain(saved.split('\n')[2]);
    });
  });

  describe('tampering behind the service, against the checkpoint saved earlier', () => {
    let intact: string;
    let checkpointFile: string;
    const copies: string[] = [];

    beforeAll(async () => {
      await app.close({ keepData: true });
      intact = dataDir;
      checkpointFile = join(temporaryDataDir(), 'checkpoint.txt');
      copies.push(join(checkpointFile, '..'));
      writeFileSync(checkpointFile, saved);
    });
    afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    function tampered(change: (db: Database.Database) => void): string {
      const copy = temporaryDataDir();
      copies.push(copy);
      cpSync(intact, copy, { recursive: true });
      const db = new Database(join(copy, 'events.db'));
      try {
        db.transaction(() => change(db))();
      } finally {
        db.close();
      }
      return copy;
    }

    /** Every event of the agreement's stream rewritten, each chain hash recomputed, so the chain check passes. */
    function rewriteAgreement(db: Database.Database) {
      const rows = db.prepare(`SELECT * FROM events WHERE stream_id = ? ORDER BY stream_revision`).all(`agreement-${AGREEMENT}`) as Record<string, never>[];
      let prevHash: string | null = null;
      for (const row of rows) {
        const data = JSON.parse(String(row.data).replaceAll('kunnanhallitus', 'kunnanvaltuusto').replaceAll('Kohtaamispaikan', 'Kokouspaikan'));
        const metadata = JSON.parse(row.metadata);
        const hash = eventHash({ prevHash, streamId: row.stream_id, streamRevision: row.stream_revision, eventId: row.event_id, type: row.type, schemaVersion: row.schema_version, data, metadata });
        db.prepare('UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE global_position = ?').run(canonicalJson(data), prevHash, hash, row.global_position);
        prevHash = hash;
      }
    }

    it('the intact log extends the checkpoint: the CLI exits 0 and says so', () => {
      const run = pacta(intact, 'verify', '--checkpoint', checkpointFile);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`signed by ${key.name}+${key.keyId.toString('hex')}, origin pacta, tree size 5`);
      expect(run.stdout).toContain('the log extends the checkpoint: its first 5 events give the signed root');
      expect(run.status).toBe(0);
    });

    it.each([
      ['a whole stream deleted', (db: Database.Database) => db.prepare(`DELETE FROM events WHERE stream_id = 'party-mikkeli'`).run(), 'deleted', 'party-mikkeli@0'],
      ['a stream rewritten with every chain hash recomputed', rewriteAgreement, 'rewritten', `agreement-${AGREEMENT}@0`],
      [
        'two events of different streams swapped',
        (db: Database.Database) =>
          db.exec(`UPDATE events SET global_position = -1 WHERE global_position = 1;
                   UPDATE events SET global_position = 1 WHERE global_position = 2;
                   UPDATE events SET global_position = 2 WHERE global_position = -1;`),
        'moved',
        'party-rantasalmi@0',
      ],
      ['the log truncated', (db: Database.Database) => db.prepare('DELETE FROM events WHERE global_position > 3').run(), 'truncated', 'the log holds 3 events'],
    ])('%s: the chains still verify, the checkpoint does not, and both the API and the CLI name it', async (_, change, reason, named) => {
      const copy = tampered(change);
      const { root } = verifyCheckpoint(saved, key);
      const api = await apiVerify(copy, `?treeSize=5&root=${encodeURIComponent(root.toString('base64'))}`);
      expect(api.broken).toEqual([]);
      expect(api.ok).toBe(false);
      expect(api.checkpointCheck).toMatchObject({ match: false, treeSize: 5, expected: root.toString('base64'), reason });
      expect(api.checkpointCheck.detail).toContain(named);

      const run = pacta(copy, 'verify', '--checkpoint', checkpointFile);
      expect(run.stdout).toContain(`NOT CONSISTENT with the checkpoint of tree size 5: ${reason} — `);
      expect(run.stdout).toContain(named);
      expect(run.status).toBe(1);
    });

    it('refuses a checkpoint whose signature does not verify, with exit 1, and prints the current one', () => {
      const forged = join(checkpointFile, '..', 'forged.txt');
      writeFileSync(forged, saved.replace('\n5\n', '\n4\n'));
      const refused = pacta(intact, 'verify', '--checkpoint', forged);
      expect(refused.stdout).toContain('NOT ACCEPTED: the signature by pacta does not verify');
      expect(refused.status).toBe(1);

      const current = pacta(intact, 'checkpoint');
      expect(current.status).toBe(0);
      // Five events, the party added later, and the two snapshots recorded.
      expect(verifyCheckpoint(current.stdout, key).size).toBe(8);
      expect(pacta(intact, 'checkpoint', '--tree-size', '5').stdout).toBe(saved);
      expect(pacta(intact, 'checkpoint', '--key').stdout.trim()).toBe(`${key.name}+${key.keyId.toString('hex')}+${Buffer.concat([Buffer.of(1), key.publicKey]).toString('base64')}`);
    });
  });
});
