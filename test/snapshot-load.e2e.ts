/**
 * One large agreement's snapshot, read in parallel: the service must go on answering everyone else, and a snapshot
 * is rendered once however often it is read.
 */
import { rmSync } from 'node:fs';
import { KEYS, temporaryDataDir } from './support/pacta';
import { RunningService, registrarPost, startService, stopService } from './support/service';

const PARTIES = 200;
const OBLIGATIONS = 100;
const AGREEMENT = 'large-cooperation';

async function post(service: RunningService, path: string, body: unknown): Promise<{ id?: string }> {
  const answer = await registrarPost(service.url, path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as { id?: string };
}

/** Registers the parties and records, through ordinary calls, an agreement in force binding each of them. */
async function largeAgreementInForce(service: RunningService): Promise<void> {
  const parties = Array.from({ length: PARTIES }, (_, i) => `kunta-${i + 1}`);
  for (const id of parties) await post(service, '/v1/parties', { id, name: { fi: `Kunta ${id}` }, type: 'municipality' });
  await post(service, '/v1/agreements', {
    id: AGREEMENT,
    kind: 'family-centre',
    title: { fi: 'Laaja yhteistoimintasopimus' },
    term: { startsOn: '2026-03-01', endsOn: null },
    parties: parties.map((partyId, i) => ({ partyId, role: i === 0 ? 'host' : 'participant' })),
    obligations: Array.from({ length: OBLIGATIONS }, (_, i) => ({
      id: `velvoite-${i + 1}`,
      type: 'produce-service',
      obligor: { role: 'participant' },
      beneficiary: { role: 'host' },
      description: { fi: `Tuottaa palvelu ${i + 1} sovitusti kaikille osapuolille` },
    })),
  });
  for (const partyId of parties) {
    await post(service, `/v1/agreements/${AGREEMENT}/decisions`, { partyId, body: 'kunnanhallitus', meetingDate: '2026-02-02', section: '§ 12', outcome: 'approved', version: 1 });
    await post(service, `/v1/agreements/${AGREEMENT}/signatures`, {
      partyId,
      signatory: { name: 'N. N.', title: 'kunnanjohtaja' },
      authority: 'position',
      signedOn: '2026-02-10',
      method: 'electronic',
      version: 1,
    });
  }
  await post(service, `/v1/agreements/${AGREEMENT}/entry-into-force`, { version: 1, effectiveFrom: '2026-03-01' });
}

/** Asks /health every 20 ms, whether or not the previous answer came, until `until` settles: the mean wait. */
async function healthWaitWhile(service: RunningService, until: Promise<unknown>): Promise<number> {
  const waits: Promise<number>[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const asked = performance.now();
    waits.push(fetch(`${service.url}/health`).then(async (answer) => (await answer.arrayBuffer(), performance.now() - asked)));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const all = await Promise.all(waits);
  return all.reduce((sum, wait) => sum + wait, 0) / all.length;
}

describe('a large snapshot read in parallel', () => {
  it('keeps /health answering and renders the snapshot once', async () => {
    const dataDir = temporaryDataDir();
    const service = await startService(dataDir, { PACTA_LOG_LEVEL: 'info' });
    try {
      await largeAgreementInForce(service);
      const { id } = await post(service, '/v1/snapshots', { scope: { agreementId: AGREEMENT }, on: '2026-11-23', title: 'Tilannekatsaus' });
      const html = (path: string) =>
        registrarGet(service, path).then(async (answer) => {
          expect(answer.status).toBe(200);
          expect(answer.headers.get('cache-control')).toBe('no-store');
          return (await answer.arrayBuffer()).byteLength;
        });

      const idle = await healthWaitWhile(service, new Promise((resolve) => setTimeout(resolve, 1000)));
      const reads = Promise.all(Array.from({ length: 4 }, () => html(`/v1/snapshots/${id}.html`)));
      const underLoad = await healthWaitWhile(service, reads);
      const sizes = await reads;
      expect(new Set(sizes).size).toBe(1);
      expect(sizes[0]).toBeGreaterThan(1_000_000);
      expect(await html(`/v1/snapshots/${id}.html`)).toBe(sizes[0]);
      await html(`/v1/snapshots/${id}.md`);
      // Generous: the rendering shares two cores with this test, but must never hold the event loop.
      expect(underLoad / idle).toBeLessThan(25);
    } finally {
      await stopService(service);
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(service.output().match(/rendered its forms once/g)).toHaveLength(1);
  }, 180_000);
});

function registrarGet(service: RunningService, path: string) {
  return fetch(`${service.url}${path}`, { headers: { Authorization: `Bearer ${KEYS.registrar}` } });
}
