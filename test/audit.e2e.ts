/**
 * Issue 4: an auditor reads the whole history, the registry as it was known at any time, an export verified here
 * by an independent implementation of docs/envelope-and-hash-chain.md, and tampering of the SQLite file detected and named by
 * both the API and the `pacta` CLI (spawned on the build that jest's global setup makes).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TestPacta, startPacta, temporaryDataDir, verifyOverHttp as apiVerify } from './support/pacta';
import { familyCentreDraft } from './support/bodies';
import { runCli as pacta } from './support/service';


// An independent verifier: a minimal RFC 8785 canonicaliser (enough for JSON parsed from the export: ES number
// serialisation is what JSON.stringify does, and it escapes strings as JCS does) and node's SHA-256.
function jcs(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${jcs(record[key])}`)
    .join(',')}}`;
}
const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

function verifyIndependently(ndjson: string): { events: number; heads: string } {
  const lines = ndjson.split('\n').filter((line) => line !== '');
  const heads = new Map<string, { revision: number; hash: string }>();
  let position = 0;
  for (const line of lines) {
    const e = JSON.parse(line);
    expect(e.globalPosition).toBeGreaterThan(position);
    position = e.globalPosition;
    const head = heads.get(e.streamId);
    expect(e.streamRevision).toBe(head ? head.revision + 1 : 0);
    expect(e.prevHash).toBe(head ? head.hash : null);
    const { prevHash, streamId, streamRevision, eventId, type, schemaVersion, data, metadata } = e;
    expect(sha256(jcs({ prevHash, streamId, streamRevision, eventId, type, schemaVersion, data, metadata }))).toBe(e.hash);
    heads.set(e.streamId, { revision: e.streamRevision, hash: e.hash });
  }
  const sorted = [...heads].sort(([a], [b]) => (a < b ? -1 : 1)).map(([streamId, h]) => ({ streamId, revision: h.revision, hash: h.hash }));
  return { events: lines.length, heads: sha256(jcs(sorted)) };
}

const AGREEMENT = 'audit-family-centre';
const STREAM = `agreement-${AGREEMENT}`;
const decision = (partyId: string) => ({
  partyId,
  body: 'kunnanhallitus',
  meetingDate: '2026-11-02',
  section: '§ 12',
  outcome: 'approved',
  unanimous: true,
  version: 1,
});

describe('auditing', () => {
  const dataDir = temporaryDataDir();
  let app: TestPacta;
  let drafted: number;

  beforeAll(async () => {
    // Day one: parties and the draft. Three days later: both approvals.
    const first = await startPacta({ dataDir, now: '2026-11-20T10:00:00Z' });
    for (const [id, code] of [['rantasalmi', '681'], ['mikkeli', '491']]) {
      await first.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality', municipalityCode: code }).expect(201);
    }
    const draft = await first
      .as('registrar')
      .post('/v1/agreements', familyCentreDraft(AGREEMENT))
      .expect(201);
    drafted = draft.body.position;
    await first.close({ keepData: true });
    app = await startPacta({ dataDir });
    await app.as('registrar').post(`/v1/agreements/${AGREEMENT}/decisions`, decision('rantasalmi')).expect(201);
    await app.as('registrar').post(`/v1/agreements/${AGREEMENT}/decisions`, decision('mikkeli')).expect(201);
  });
  afterAll(async () => {
    await app?.close({ keepData: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('history', () => {
    const ENVELOPE = ['globalPosition', 'streamId', 'streamRevision', 'eventId', 'type', 'schemaVersion', 'data', 'metadata', 'prevHash', 'hash'];

    it("gives an agreement's events as full envelopes, to registrars and auditors only", async () => {
      const response = await app.as('auditor').get(`/v1/agreements/${AGREEMENT}/events`).expect(200);
      const events = response.body.events;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['AgreementDrafted', 'BoardDecisionRecorded', 'BoardDecisionRecorded']);
      for (const e of events) expect(Object.keys(e)).toEqual(ENVELOPE);
      expect(events[1]).toMatchObject({ streamId: STREAM, streamRevision: 1, prevHash: events[0].hash });
      expect(events[1].metadata).toMatchObject({ actor: expect.stringMatching(/^env-registrar-/), role: 'registrar', recordedAt: '2026-11-23T10:00:00.000Z' });
      await app.as('registrar').get(`/v1/agreements/${AGREEMENT}/events`).expect(200);
      await app.as('legal').get(`/v1/agreements/${AGREEMENT}/events`).expect(403);
    });

    it('pages through the global log with next, for auditors only', async () => {
      const seen: { globalPosition: number }[] = [];
      let after: number | null = 0;
      let pages = 0;
      while (after !== null) {
        const page: { body: { events: { globalPosition: number }[]; next: number | null } } = await app.as('auditor').get(`/v1/events?after=${after}&limit=2`).expect(200);
        seen.push(...page.body.events);
        after = page.body.next;
        pages++;
      }
      expect(seen.map((e) => e.globalPosition)).toEqual([1, 2, 3, 4, 5]);
      expect(pages).toBe(3);
      const all = await app.as('auditor').get('/v1/events').expect(200);
      expect(Object.keys(all.body.events[0])).toEqual(ENVELOPE);
      expect(all.body.next).toBeNull();
      await app.as('registrar').get('/v1/events').expect(403);
      await app.as('legal').get('/v1/events').expect(403);
    });

    it.each([
      ['after=-1', 'after'],
      ['after=abc', 'after'],
      ['after=1.5', 'after'],
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
    ])('refuses /v1/events?%s naming the field', async (query, field) => {
      const response = await app.as('auditor').get(`/v1/events?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.field).toBe(field);
    });

    it('caps a large limit instead of refusing it', async () => {
      const response = await app.as('auditor').get('/v1/events?limit=1000000').expect(200);
      expect(response.body.events).toHaveLength(5);
    });
  });

  describe('the registry as it knew an agreement', () => {
    it('at a log position folds only the events up to it', async () => {
      const then = await app.as('legal').get(`/v1/agreements/${AGREEMENT}?knownAt=${drafted}`).expect(200);
      expect(then.body).toMatchObject({ revision: 0, status: 'draft', knownAt: { position: drafted, recordedAt: '2026-11-20T10:00:00.000Z' } });
      expect(then.body.state.versions[0].decisions).toEqual([]);
      const now = await app.as('legal').get(`/v1/agreements/${AGREEMENT}`).expect(200);
      expect(now.body.revision).toBe(2);
      expect(now.body.state.versions[0].decisions).toHaveLength(2);
      await app.as('legal').get(`/v1/agreements/${AGREEMENT}?knownAt=${drafted - 1}`).expect(404);
    });

    it('at an instant folds only the events recorded by then', async () => {
      const between = await app.as('auditor').get(`/v1/agreements/${AGREEMENT}?knownAt=2026-11-21T00:00:00%2B02:00`).expect(200);
      expect(between.body.revision).toBe(0);
      const after = await app.as('auditor').get(`/v1/agreements/${AGREEMENT}?knownAt=2026-11-23T10:00:00Z`).expect(200);
      expect(after.body.revision).toBe(2);
      await app.as('auditor').get(`/v1/agreements/${AGREEMENT}?knownAt=2026-11-19T23:59:59Z`).expect(404);
    });

    it("shows one version's terms and refuses a version that does not exist", async () => {
      const one = await app.as('legal').get(`/v1/agreements/${AGREEMENT}?version=1`).expect(200);
      expect(one.body.version).toMatchObject({ version: 1, terms: { title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' } } });
      expect(one.body.version.decisions).toHaveLength(2);
      const missing = await app.as('legal').get(`/v1/agreements/${AGREEMENT}?version=2`).expect(404);
      expect(missing.body.field).toBe('version');
    });

    it.each([
      ['knownAt=yesterday', 'knownAt'],
      ['knownAt=2026-11-21', 'knownAt'],
      ['knownAt=-3', 'knownAt'],
      ['version=0', 'version'],
      ['version=v1', 'version'],
    ])('refuses ?%s naming the field', async (query, field) => {
      const response = await app.as('legal').get(`/v1/agreements/${AGREEMENT}?${query}`).expect(400);
      expect(response.body.field).toBe(field);
    });
  });

  describe('export and verify', () => {
    it('exports NDJSON that an independent implementation of the algorithm verifies, with the same heads digest', async () => {
      const exported = await app.as('auditor').get('/v1/audit/export').buffer(true).parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
      expect(exported.status).toBe(200);
      expect(exported.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const independent = verifyIndependently(exported.body as string);
      expect(independent.events).toBe(5);
      const verified = await app.as('auditor').get('/v1/audit/verify').expect(200);
      expect(verified.body).toEqual({ ok: true, streams: 3, events: 5, position: 5, heads: independent.heads, broken: [] });
    });

    it('is for auditors only', async () => {
      for (const role of ['registrar', 'legal'] as const) {
        await app.as(role).get('/v1/audit/verify').expect(403);
        await app.as(role).get('/v1/audit/export').expect(403);
      }
    });

    it('refuses a malformed heads digest or a position without one', async () => {
      expect((await app.as('auditor').get('/v1/audit/verify?heads=xyz').expect(400)).body.field).toBe('heads');
      expect((await app.as('auditor').get('/v1/audit/verify?position=3').expect(400)).body.field).toBe('position');
    });
  });

  describe('tampering with the SQLite file', () => {
    let intact: string;
    let recorded: { heads: string; position: number };
    const copies: string[] = [];

    beforeAll(async () => {
      recorded = (await app.as('auditor').get('/v1/audit/verify').expect(200)).body;
      await app.close({ keepData: true });
      intact = dataDir;
    });
    afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    function tampered(sql: string): string {
      const copy = temporaryDataDir();
      copies.push(copy);
      cpSync(intact, copy, { recursive: true });
      const db = new Database(join(copy, 'events.db'));
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
      return copy;
    }
    const position = (revision: number) => `(SELECT global_position FROM events WHERE stream_id = '${STREAM}' AND stream_revision = ${revision})`;

    it('the intact copy verifies: the CLI exits 0', () => {
      const run = pacta(intact, 'verify');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`intact: 5 events in 3 streams, through position 5`);
      expect(run.stdout).toContain(recorded.heads);
    });

    it.each([
      ['one altered byte', `UPDATE events SET data = replace(data, 'kunnanhallitus', 'kunnanhallitug') WHERE global_position = ${position(1)}`, 1, 'hash-mismatch'],
      ['an event deleted in the middle', `DELETE FROM events WHERE global_position = ${position(1)}`, 2, 'revision-gap'],
      [
        'two events reordered',
        `CREATE TEMP TABLE was AS SELECT stream_revision AS revision, global_position AS position FROM events WHERE stream_id = '${STREAM}';
         UPDATE events SET global_position = -1 WHERE global_position = ${position(1)};
         UPDATE events SET global_position = (SELECT position FROM was WHERE revision = 1) WHERE global_position = ${position(2)};
         UPDATE events SET global_position = (SELECT position FROM was WHERE revision = 2) WHERE global_position = -1;`,
        2,
        'out-of-order',
      ],
      ['an unparseable row', `UPDATE events SET metadata = substr(metadata, 3) WHERE global_position = ${position(2)}`, 2, 'unreadable'],
    ])('%s is detected and named by the API and the CLI', async (_, sql, revision, reason) => {
      const copy = tampered(sql);
      const api = await apiVerify(copy);
      expect(api.ok).toBe(false);
      expect(api.broken).toEqual([expect.objectContaining({ streamId: STREAM, streamRevision: revision, reason })]);

      const run = pacta(copy, 'verify');
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('NOT INTACT');
      expect(run.stdout).toContain(`broken: ${STREAM} revision ${revision} (position`);
      expect(run.stdout).toContain(`: ${reason} — `);
    });

    it('a truncated stream passes the chain check but not the recorded heads digest', async () => {
      const copy = tampered(`DELETE FROM events WHERE global_position = ${position(2)}`);
      const unaware = await apiVerify(copy);
      expect(unaware).toMatchObject({ ok: true, broken: [] });
      expect(unaware.heads).not.toBe(recorded.heads);

      const api = await apiVerify(copy, `?heads=${recorded.heads}&position=${recorded.position}`);
      expect(api).toMatchObject({ ok: false, broken: [], headsCheck: { position: recorded.position, expected: recorded.heads, match: false } });

      const run = pacta(copy, 'verify', '--heads', recorded.heads, '--position', String(recorded.position));
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('a stream was truncated or rewritten');
      expect(pacta(intact, 'verify', '--heads', recorded.heads, '--position', String(recorded.position)).status).toBe(0);
    });

    it('the CLI exports a file that verifies, and refuses bad usage with exit 2', () => {
      const out = join(temporaryDataDir(), 'export.ndjson');
      const run = pacta(intact, 'export', '--out', out);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('exported 5 events');
      expect(pacta(intact, 'verify', '--file', out).status).toBe(0);
      expect(pacta(intact, 'verify', '--heads', 'nope').status).toBe(2);
      expect(pacta(intact, 'export').status).toBe(2);
      expect(pacta(join(intact, 'missing'), 'verify').status).toBe(2);
    });
  });
});

describe('pacta keys', () => {
  let app: TestPacta;
  beforeAll(async () => {
    app = await startPacta();
  });
  afterAll(() => app.close());

  /** The service re-reads the keys file at most once a second; poll instead of assuming a time. */
  async function eventually(key: string, status: number): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await app.http.get('/v1/events').set('Authorization', `Bearer ${key}`);
      if (response.status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the key never got ${status}`);
  }

  it('creates a key shown once and stored only as a hash, lists it, and revokes it in the running service', async () => {
    const created = pacta(app.dataDir, 'keys', 'create', '--role', 'auditor');
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^pk_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
    const id = key.slice(3, 15);
    const file = readFileSync(join(app.dataDir, 'keys.json'), 'utf8');
    expect(file).not.toContain(key.slice(16));
    await eventually(key, 200);

    const listed = JSON.parse(pacta(app.dataDir, 'keys', 'list', '--json').stdout);
    expect(listed).toEqual([{ id, role: 'auditor', parties: '*', createdAt: expect.any(String), revokedAt: null }]);

    const revoked = pacta(app.dataDir, 'keys', 'revoke', '--id', id);
    expect(revoked.status).toBe(0);
    await eventually(key, 401);
    expect(JSON.parse(pacta(app.dataDir, 'keys', 'list', '--json').stdout)[0].revokedAt).toEqual(expect.any(String));
    expect(pacta(app.dataDir, 'keys', 'create', '--role', 'admin').status).toBe(2);
    expect(pacta(app.dataDir, 'keys', 'revoke', '--id', 'ffffffffffff').status).toBe(2);
  });

  it("scopes a created key to its parties: it writes its own party's records and nobody else's", async () => {
    for (const id of ['rantasalmi', 'kuopio']) {
      await app.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
    }
    const created = pacta(app.dataDir, 'keys', 'create', '--role', 'registrar', '--party', 'rantasalmi');
    expect(created.status).toBe(0);
    expect(created.stderr).toContain('acting for rantasalmi');
    const key = created.stdout.trim();
    const population = { year: 2025, population: 3300, source: 'Tilastokeskus' };
    for (let attempt = 0; attempt < 40; attempt++) {
      if ((await app.http.get('/v1/parties').set('Authorization', `Bearer ${key}`)).status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await app.http.post('/v1/parties/rantasalmi/populations').set('Authorization', `Bearer ${key}`).send(population).expect(201);
    const refused = await app.http.post('/v1/parties/kuopio/populations').set('Authorization', `Bearer ${key}`).send(population).expect(403);
    expect(refused.body).toMatchObject({ code: 'not-acting-for-party', parties: ['kuopio'] });
    const listed = JSON.parse(pacta(app.dataDir, 'keys', 'list', '--json').stdout);
    expect(listed.find((k: { id: string }) => key.includes(k.id)).parties).toEqual(['rantasalmi']);
    expect(pacta(app.dataDir, 'keys', 'create', '--role', 'registrar', '--party', 'Not A Party').status).toBe(2);
  });
});
