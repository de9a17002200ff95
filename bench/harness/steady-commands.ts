import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_KEYS } from './service';

/** An agreement in force with an open-ended term, and a registered party that is not one of its parties. */
export interface JoinTarget {
  agreementId: string;
  partyId: string;
}

export interface SteadyCommandsRun {
  sent: number;
  perSec: number;
  statuses: Record<string, number>;
}

const FIRST_JOIN = Date.parse('2027-01-01T00:00:00Z');
const dayOf = (days: number) => new Date(FIRST_JOIN + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The n-th command of the load: each target's party joins, then withdraws effective the same day, then rejoins two
 * days later, and so on. Every one of them changes obligations, so no kept page of obligations outlives it.
 */
function joinOrWithdraw(targets: JoinTarget[], n: number): { path: string; body: string } {
  const pair = Math.floor(n / 2);
  const { agreementId, partyId } = targets[pair % targets.length];
  const on = dayOf(2 * Math.floor(pair / targets.length));
  return n % 2 === 0
    ? { path: `/v1/agreements/${agreementId}/parties`, body: JSON.stringify({ partyId, role: 'participant', joinsOn: on }) }
    : { path: `/v1/agreements/${agreementId}/withdrawals`, body: JSON.stringify({ partyId, effectiveOn: on, reason: 'Kuormitusmittaus' }) };
}

/**
 * Posts those commands one at a time, each at its turn on a `perSecond` schedule (after a slow answer the late ones
 * follow back to back until the schedule is met again), until stopped; stopping returns how many were sent, the
 * rate reached and how they were answered.
 */
export function steadyCommands(port: number, targets: JoinTarget[], perSecond: number): { stop(): Promise<SteadyCommandsRun> } {
  let running = true;
  let sent = 0;
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const posting = (async () => {
    for (let n = 0; running; n++) {
      const wait = started + (n * 1000) / perSecond - performance.now();
      if (wait > 0) await sleep(wait);
      if (!running) break;
      const { path, body } = joinOrWithdraw(targets, n);
      const answer = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BENCH_KEYS.registrar}`, 'content-type': 'application/json' },
        body,
      });
      await answer.arrayBuffer();
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      sent++;
    }
  })();
  return {
    async stop() {
      running = false;
      await posting;
      return { sent, perSec: sent / ((performance.now() - started) / 1000), statuses };
    },
  };
}
