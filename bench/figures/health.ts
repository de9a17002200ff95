import { MAX_BODY_BYTES } from '../../apps/api/src/http/body-parsing';
import { load, type Load } from '../harness/load';
import { BENCH_KEYS } from '../harness/service';

export interface HealthFigures {
  idleP99Ms: number;
  underLoadP99Ms: number;
  /** The body of each request of the load, and how the service answered them. */
  largestRequestBytes: number;
  largestRequestStatuses: Record<string, number>;
}

/** The most parties and obligations a draft may list (DraftAgreementDto), each text at its longest. */
const MOST_PARTIES = 500;
const MOST_OBLIGATIONS = 200;

/** The largest draft the API takes, on parties the data set registered: every list and every text at its limit. */
export function largestDraft(partyIds: string[], id: string): string {
  const text = (i: number, language: string) => `${language} ${i}: ${'tuottaa sovitut palvelut kaikille osapuolille '.repeat(12)}`.slice(0, 500);
  const draft = JSON.stringify({
    id,
    kind: 'framework',
    title: { fi: text(0, 'fi'), sv: text(0, 'sv'), en: text(0, 'en') },
    diaryNumber: '1/00.04.01/2026'.padEnd(100, '.'),
    term: { startsOn: '2026-01-01', endsOn: null },
    parties: partyIds.slice(0, MOST_PARTIES).map((partyId, i) => ({ partyId, role: i === 0 ? 'host' : 'participant' })),
    obligations: Array.from({ length: MOST_OBLIGATIONS }, (_, i) => ({
      id: `velvoite-${i + 1}`,
      type: 'produce-service',
      obligor: { role: 'participant' },
      beneficiary: 'all',
      description: { fi: text(i, 'fi'), sv: text(i, 'sv'), en: text(i, 'en') },
      clause: `${i + 1}`.padEnd(50, '.'),
    })),
  });
  if (Buffer.byteLength(draft) > MAX_BODY_BYTES) throw new Error('the largest draft exceeds the body limit');
  return draft;
}

/**
 * /health's p99 alone, then while one client posts the largest legal request back to back: a request the API
 * accepts, however large, must not hold up the others.
 */
export async function healthFigures(port: number, partyIds: string[], durationSec: number): Promise<HealthFigures> {
  const health: Load = { method: 'GET', key: BENCH_KEYS.legal, next: () => ({ path: '/health' }) };
  const idle = await load(port, health, { durationSec }, 1);
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let running = true;
  const posting = (async () => {
    for (let n = 1; running; n++) {
      const body = largestDraft(partyIds, `bench-largest-draft-${n}`);
      bytes = Buffer.byteLength(body);
      const answer = await fetch(`http://127.0.0.1:${port}/v1/agreements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BENCH_KEYS.registrar}`, 'content-type': 'application/json' },
        body,
      });
      await answer.arrayBuffer();
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }
  })();
  const underLoad = await load(port, health, { durationSec }, 1);
  running = false;
  await posting;
  return { idleP99Ms: idle.p99Ms, underLoadP99Ms: underLoad.p99Ms, largestRequestBytes: bytes, largestRequestStatuses: statuses };
}
