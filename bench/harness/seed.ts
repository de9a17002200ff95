import { AgreementState, PartyState, PartyType, agreementDecider, initialAgreementState, initialPartyState, partyDecider } from '@pacta/domain';
import { EventStore, ProposedEvent, newEventId } from '@pacta/event-store';
import { completeAgreementRequest, completePartyRequest, registryDate, type PartyTypesOf } from '@pacta/registry';
import { randomUUID } from 'node:crypto';
import type { Dataset, Step } from '../dataset/generate';
import { BENCH_ACTOR, Registry } from './registry';

export type Progress = (done: number, total: number) => void;

/** Replays steps through the real command path, each at its recorded instant. */
export async function seedThroughCommands(registry: Registry, steps: Step[], onProgress?: Progress): Promise<number> {
  for (let i = 0; i < steps.length; i++) {
    await registry.run(steps[i]);
    if (onProgress && i % 1000 === 0) onProgress(i, steps.length);
  }
  return steps.length;
}

const today = (at: string) => registryDate(new Date(at));

function proposed(events: { type: string; schemaVersion: number; data: unknown }[], at: string): ProposedEvent[] {
  const correlationId = randomUUID();
  return events.map((e) => ({
    eventId: newEventId(),
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: { recordedAt: at, actor: BENCH_ACTOR, role: 'registrar', correlationId, causationId: correlationId },
  }));
}

/**
 * The fast way to a national-scale log: the same domain deciders decide every command, but each stream's events are
 * appended in one durable transaction instead of one per command (1M commands one fsync each would take an hour).
 * The events are what the command path would have written; only their global order is by stream instead of by time.
 */
export async function seedDecided(store: EventStore, data: Dataset, onProgress?: Progress): Promise<number> {
  const parties = new Map<string, { state: PartyState; pending: ProposedEvent[] }>();
  const registered: PartyTypesOf = (ids) => Object.fromEntries(ids.flatMap((id) => (parties.get(id)?.state.type ? [[id, parties.get(id)!.state.type!]] : [])));
  for (const step of data.partySteps) {
    if (step.kind !== 'party') continue;
    const entry = parties.get(step.request.partyId) ?? { state: initialPartyState, pending: [] };
    const command = await completePartyRequest(step.request, today(step.at), registered);
    const events = partyDecider.decide(command, entry.state);
    entry.state = events.reduce(partyDecider.evolve, entry.state);
    entry.pending.push(...proposed(events, step.at));
    parties.set(step.request.partyId, entry);
  }
  let written = 0;
  const types: Record<string, PartyType> = {};
  const typesOf: PartyTypesOf = (ids) => Object.fromEntries(ids.map((id) => [id, types[id]]));
  for (const [partyId, { state, pending }] of parties) {
    await store.append(partyDecider.stream.streamOf(partyId), pending, 'no-stream');
    types[partyId] = state.type!;
    written += pending.length;
  }
  for (let i = 0; i < data.agreementCount; i++) {
    const steps = data.agreement(i);
    let state: AgreementState = initialAgreementState;
    const pending: ProposedEvent[] = [];
    let agreementId = '';
    for (const step of steps) {
      if (step.kind !== 'agreement') continue;
      const request = step.request;
      agreementId = request.agreementId;
      const command = await completeAgreementRequest(request, today(step.at), typesOf);
      const events = agreementDecider.decide(command, state);
      state = events.reduce(agreementDecider.evolve, state);
      pending.push(...proposed(events, step.at));
    }
    await store.append(agreementDecider.stream.streamOf(agreementId), pending, 'no-stream');
    written += pending.length;
    if (onProgress && i % 500 === 0) onProgress(i, data.agreementCount);
  }
  return written;
}
