import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { KEYS } from './pacta';
import { RunningService, checkedFetch, registrarPost, startService, stopService } from './service';

/** The store two instances share: the environment that points a service at it, and what to do when done. */
export interface SharedStore {
  /** Called once, before the services start, with the data directory they share. */
  env(dataDir: string): Promise<NodeJS.ProcessEnv>;
  close?(): Promise<void>;
}

/**
 * Several API instances over one store: two real service processes (the compiled build) on one log, each with read
 * models of its own. Commands through either keep optimistic concurrency on the shared log, and each instance reads
 * what the other wrote. Run once per store (two-instances*.e2e.ts).
 */
const WRITERS_PER_INSTANCE = 8;
const PARTIES = Array.from({ length: 2 * WRITERS_PER_INSTANCE }, (_, i) => `kunta-${String(i + 1).padStart(2, '0')}`);
const AGREEMENT = 'two-instances';

interface Written {
  id: string;
  revision: number;
  position: number;
}
interface Envelope {
  streamRevision: number;
  eventId: string;
  type: string;
  globalPosition: number;
  data: { partyId?: string; section?: string };
}

const approval = (partyId: string, section: string) => ({
  partyId,
  body: 'kunnanhallitus',
  meetingDate: '2025-11-03',
  section,
  outcome: 'approved',
  version: 1,
});

async function get(service: RunningService, path: string, role: keyof typeof KEYS = 'auditor') {
  const response = await checkedFetch(service.url, path, { headers: { Authorization: `Bearer ${KEYS[role]}` } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function post(service: RunningService, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await registrarPost(service.url, path, body, headers);
  return { status: response.status, body: (await response.json()) as Written & Record<string, unknown> };
}

export function describeTwoInstances(name: string, store: SharedStore): void {
  describe(`two API instances on one ${name}`, () => {
    let dataDir: string;
    let a: RunningService;
    let b: RunningService;

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(join(os.tmpdir(), 'pacta-two-instances-'));
      const env = await store.env(dataDir);
      [a, b] = await Promise.all(
        ['a', 'b'].map((instance) =>
          startService(dataDir, { ...env, PACTA_READ_MODELS_FILE: join(dataDir, `read-models-${instance}.db`) }),
        ),
      );
    }, 60_000);

    afterAll(async () => {
      await Promise.all([a, b].filter(Boolean).map((s) => stopService(s, 'SIGKILL')));
      await store.close?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const events = async (via: RunningService) =>
      (await get(via, `/v1/agreements/${AGREEMENT}/events`)).body.events as Envelope[];

    it('each instance reads what the other wrote', async () => {
      const instances = [a, b];
      const created = await Promise.all(
        PARTIES.map((id, i) => post(instances[i % 2]!, '/v1/parties', { id, name: { fi: id }, type: 'municipality' })),
      );
      expect(created.map((r) => r.status)).toEqual(PARTIES.map(() => 201));
      for (const [i, id] of PARTIES.entries()) {
        const other = instances[(i + 1) % 2]!;
        const read = await get(other, `/v1/parties/${id}?minPosition=${created[i]!.body.position}`, 'legal');
        expect([id, read.status]).toEqual([id, 200]);
        expect(read.body).toMatchObject({ id, revision: created[i]!.body.revision });
      }

      const drafted = await post(b, '/v1/agreements', {
        id: AGREEMENT,
        kind: 'framework',
        title: { fi: 'Puitesopimus' },
        term: { startsOn: '2026-01-01', endsOn: null },
        parties: PARTIES.map((partyId) => ({ partyId, role: 'participant' })),
        obligations: [],
      });
      expect(drafted.status).toBe(201);
      const viaA = await get(a, `/v1/agreements/${AGREEMENT}?minPosition=${drafted.body.position}`, 'legal');
      expect(viaA.status).toBe(200);
      expect(viaA.body).toMatchObject({ id: AGREEMENT });
      expect(await events(a)).toEqual(await events(b));
    });

    it('concurrent commands through both instances land exactly once each, revisions dense, none lost', async () => {
      const before = (await events(a)).length;
      const responses = await Promise.all(
        PARTIES.map((partyId, i) => post(i % 2 ? b : a, `/v1/agreements/${AGREEMENT}/decisions`, approval(partyId, '§ 1'))),
      );
      expect(responses.map((r) => r.status)).toEqual(PARTIES.map(() => 201));

      const stored = await events(b);
      expect(stored.map((e) => e.streamRevision)).toEqual(stored.map((_, i) => i));
      expect(stored).toHaveLength(before + PARTIES.length);
      expect(new Set(stored.map((e) => e.eventId)).size).toBe(stored.length);
      // Every acknowledged write is in the log exactly once, at the revision and position it was acknowledged with.
      const revisions = responses.map((r) => r.body.revision);
      expect(new Set(revisions).size).toBe(PARTIES.length);
      for (const [i, response] of responses.entries()) {
        const event = stored[response.body.revision]!;
        expect(event).toMatchObject({ type: 'BoardDecisionRecorded', globalPosition: response.body.position, data: { partyId: PARTIES[i] } });
      }
      const positions = stored.map((e) => e.globalPosition);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      expect(await events(a)).toEqual(stored);
    });

    it('a stale If-Match through either instance is refused: exactly one writer holding it wins', async () => {
      const current = (await events(a)).length - 1;
      const responses = await Promise.all(
        PARTIES.map((partyId, i) =>
          post(i % 2 ? b : a, `/v1/agreements/${AGREEMENT}/decisions`, approval(partyId, '§ 2'), { 'If-Match': `"${current}"` }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(PARTIES.length - 1);
      const stored = await events(a);
      expect(stored).toHaveLength(current + 2);
      const winner = responses.find((r) => r.status === 201)!;
      expect(stored[current + 1]).toMatchObject({ globalPosition: winner.body.position, data: { section: '§ 2' } });
    });

    it("a party bound through one instance cannot decline the programme through the other, however soon after", async () => {
      const programme = 'two-instances-programme';
      expect((await post(a, '/v1/programmes', { id: programme, kind: 'family-law', title: { fi: 'Yksikkö' }, hostPartyId: PARTIES[0] })).status).toBe(201);
      const outcomes: [string, number, number][] = [];
      for (const partyId of PARTIES.slice(1, 5)) {
        const drafted = await post(a, '/v1/agreements', {
          id: `${programme}-${partyId}`,
          kind: 'family-law',
          programmeId: programme,
          title: { fi: 'Palvelut' },
          term: { startsOn: '2026-01-01', endsOn: null },
          parties: [
            { partyId: PARTIES[0], role: 'host' },
            { partyId, role: 'participant' },
          ],
          obligations: [],
        });
        const declined = await post(b, `/v1/programmes/${programme}/declines`, { partyId });
        outcomes.push([partyId, drafted.status, declined.status]);
      }
      expect(outcomes.filter(([, drafted]) => drafted !== 201)).toEqual([]);
      expect(outcomes.filter(([, , declined]) => declined === 201)).toEqual([]);
    });

    it('an Idempotency-Key replayed through the other instance returns the first answer and writes nothing', async () => {
      const body = approval(PARTIES[0]!, '§ 3');
      const first = await post(a, `/v1/agreements/${AGREEMENT}/decisions`, body, { 'Idempotency-Key': 'two-instances-1' });
      expect(first.status).toBe(201);
      const replay = await post(b, `/v1/agreements/${AGREEMENT}/decisions`, body, { 'Idempotency-Key': 'two-instances-1' });
      expect(replay.status).toBe(201);
      expect(replay.body).toMatchObject({ revision: first.body.revision, position: first.body.position });
      const stored = await events(b);
      expect(stored.filter((e) => e.data.section === '§ 3')).toHaveLength(1);
    });
  });
}
