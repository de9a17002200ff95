import { getSQLiteEventStore, sqliteConnection, SQLiteConnectionPool } from '@event-driven-io/emmett-sqlite';
import { agreementDecider, partyDecider, type Decider, type PartyType, type StreamEvent } from '@pacta/domain';
import { completeAgreementRequest, completePartyRequest, registryDate } from '@pacta/registry';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Step } from '../dataset/generate';
import { BENCH_ACTOR } from '../harness/registry';
import { seconds } from '../harness/timing';

export interface EmmettRun {
  commandsPerSec: number;
  readStreamsPerSec: number;
  seconds: number;
}

/**
 * The same commands through Emmett's SQLite event store, handled the way our registry handles them: fold the stream
 * (and, for drafts and joins, each named party's stream), decide with the same pure deciders, append with the
 * expected version. One connection (Emmett's singleton pool option), WAL and synchronous=FULL like ours.
 */
/** Emmett keeps no schema version: its events read back as version 1, the only one any event has. */
const emmettFold = <E extends StreamEvent, S>(decider: Decider<never, E, S>) => ({
  initialState: () => decider.initialState,
  evolve: (state: S, { type, data }: { type: string; data: unknown }) => decider.evolve(state, decider.decode({ type, schemaVersion: 1, data })),
});

export async function emmettPath(steps: Step[], agreementIds: string[], dir: string, readPasses: number): Promise<EmmettRun> {
  const fileName = join(dir, 'emmett.db');
  const connection = sqliteConnection({ fileName });
  await connection.command('PRAGMA synchronous = FULL');
  const pool = SQLiteConnectionPool({ fileName, connectionOptions: { singleton: true, connection } });
  const store = getSQLiteEventStore({ fileName, pool, schema: { autoMigration: 'CreateOrUpdate' } });
  const partyFold = emmettFold(partyDecider);
  const agreementFold = emmettFold(agreementDecider);

  const typesOf = async (ids: string[]) => {
    const unique = [...new Set(ids)];
    const states = await Promise.all(unique.map((id) => store.aggregateStream(`party-${id}`, partyFold)));
    const types: Record<string, PartyType> = {};
    states.forEach(({ state }, i) => {
      const s = state;
      if (s.exists && s.type) types[unique[i]] = s.type;
    });
    return types;
  };
  const metadata = (at: string) => {
    const correlationId = randomUUID();
    return { recordedAt: at, actor: BENCH_ACTOR, role: 'registrar', correlationId, causationId: correlationId };
  };

  try {
    const started = process.hrtime.bigint();
    for (const step of steps) {
      const today = registryDate(new Date(step.at));
      if (step.kind === 'party') {
        const stream = `party-${step.request.partyId}`;
        const { state, currentStreamVersion } = await store.aggregateStream(stream, partyFold);
        const command = await completePartyRequest(step.request, today, typesOf);
        const events = partyDecider.decide(command, state);
        await store.appendToStream(stream, events.map((e) => ({ type: e.type, data: e.data, metadata: metadata(step.at) })), { expectedStreamVersion: currentStreamVersion });
      } else {
        const request = step.request;
        const stream = `agreement-${request.agreementId}`;
        const { state, currentStreamVersion } = await store.aggregateStream(stream, agreementFold);
        const command = await completeAgreementRequest(request, today, typesOf);
        const events = agreementDecider.decide(command, state);
        await store.appendToStream(stream, events.map((e) => ({ type: e.type, data: e.data, metadata: metadata(step.at) })), { expectedStreamVersion: currentStreamVersion });
      }
    }
    const took = seconds(started);
    const readStarted = process.hrtime.bigint();
    for (let pass = 0; pass < readPasses; pass++) for (const id of agreementIds) await store.aggregateStream(`agreement-${id}`, agreementFold);
    const readTook = seconds(readStarted);
    return { commandsPerSec: steps.length / took, seconds: took, readStreamsPerSec: (agreementIds.length * readPasses) / readTook };
  } finally {
    await pool.close();
    connection.close();
  }
}
