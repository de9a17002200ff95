import {
  DomainError,
  currentData,
  agreementDecider,
  latestVersion,
  partyDecider,
  partiesOf,
  type AgreementCommand,
  type AgreementEvent,
  type AgreementState,
  type PartyCommand,
  type PartyEvent,
  type PartyState,
  type PartyType,
  type TermsInput,
} from '@pacta/domain';
import type { EventStore, ProposedEvent } from '@pacta/event-store';
import { newEventId } from '@pacta/event-store';
import fc from 'fast-check';

export const PARTIES: { partyId: string; type: PartyType; memberIds?: string[] }[] = [
  { partyId: 'kunta-a', type: 'municipality' },
  { partyId: 'kunta-b', type: 'municipality' },
  { partyId: 'kunta-c', type: 'municipality' },
  { partyId: 'hva', type: 'wellbeing-services-county' },
  { partyId: 'liitto', type: 'joint-municipal-authority', memberIds: ['kunta-b', 'kunta-c'] },
];
export const AGREEMENTS = ['ag-1', 'ag-2'];
export const DATES = ['2021-01-01', '2021-03-01', '2021-05-01', '2021-07-01', '2021-12-31', '2022-01-01', '2022-06-30', '2023-01-01'];
const ROLES = ['participant', 'coordinator', 'host'] as const;
const OUTCOMES = ['approved', 'approved', 'rejected', 'tabled'] as const;

export type Step =
  | { kind: 'draft' | 'revise'; agreement: number; mask: number; joins: number[]; open: boolean }
  | { kind: 'decide'; agreement: number; party: number; outcome: number; date: number }
  | { kind: 'sign'; agreement: number; party: number; date: number }
  | { kind: 'approve-and-sign-all'; agreement: number; date: number }
  | { kind: 'enter'; agreement: number; date: number }
  | { kind: 'join'; agreement: number; party: number; role: number; date: number }
  | { kind: 'withdraw'; agreement: number; party: number; date: number }
  | { kind: 'review'; agreement: number; year: number; next: number }
  | { kind: 'terminate'; agreement: number; date: number }
  | { kind: 'fulfil'; agreement: number; party: number; date: number }
  | { kind: 'population'; party: number; year: number; population: number }
  | { kind: 'correct'; agreement: number; pick: number; retract: boolean; date: number };

const agreement = fc.nat(AGREEMENTS.length - 1);
const party = fc.nat(PARTIES.length - 1);
const date = fc.nat(DATES.length - 1);

/** Weighted so that most histories reach entry into force, joins, withdrawals and amendments. */
export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('draft' as const), agreement, mask: fc.integer({ min: 1, max: 31 }), joins: fc.array(date, { minLength: 5, maxLength: 5 }), open: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revise' as const), agreement, mask: fc.integer({ min: 1, max: 31 }), joins: fc.array(date, { minLength: 5, maxLength: 5 }), open: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('decide' as const), agreement, party, outcome: fc.nat(OUTCOMES.length - 1), date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sign' as const), agreement, party, date }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('approve-and-sign-all' as const), agreement, date }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('enter' as const), agreement, date: fc.nat(6) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('join' as const), agreement, party, role: fc.nat(ROLES.length - 1), date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), agreement, party, date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('review' as const), agreement, year: fc.integer({ min: 2021, max: 2023 }), next: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('terminate' as const), agreement, date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fulfil' as const), agreement, party, date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('population' as const), party, year: fc.integer({ min: 2020, max: 2022 }), population: fc.integer({ min: 0, max: 200_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('correct' as const), agreement, pick: fc.nat(), retract: fc.boolean(), date }) },
);

/** The date field a correction moves, by the type of the fact corrected. */
const DATE_FIELD: Partial<Record<string, string>> = {
  BoardDecisionRecorded: 'meetingDate',
  SignatureRecorded: 'signedOn',
  VersionEnteredIntoForce: 'effectiveFrom',
  PartyJoined: 'joinsOn',
  PartyWithdrew: 'effectiveOn',
  AgreementTerminated: 'effectiveOn',
};

function terms(mask: number, joins: number[], open: boolean): TermsInput {
  const chosen = PARTIES.filter((_, i) => mask & (1 << i));
  const parties = (chosen.length >= 2 ? chosen : PARTIES.slice(0, 2)).map(({ partyId }, i) => ({
    partyId,
    role: i === 0 ? ('host' as const) : ('participant' as const),
    // Only the host's board counts: a decision of another body is recorded but approves nothing.
    ...(i === 0 && { approvalBy: { body: 'kunnanhallitus' } }),
    ...(i > 0 && joins[i] % 3 === 0 && DATES[joins[i]] > '2021-01-01' && { joinsOn: DATES[joins[i]] }),
  }));
  return {
    title: { fi: 'Sopimus' },
    term: { startsOn: '2021-01-01', endsOn: open ? null : '2022-12-31' },
    parties,
    obligations: [
      { id: 'service', type: 'produce-service', obligor: { partyId: parties[0].partyId }, beneficiary: { role: 'participant' }, description: { fi: 'Palvelu' }, clause: '3' },
      { id: 'costs', type: 'pay-cost-share', obligor: { role: 'participant' }, beneficiary: { partyId: parties[0].partyId }, costShare: { basis: 'population' }, description: { fi: 'Kustannukset' } },
      { id: 'premises', type: 'provide-premises', obligor: 'all', description: { fi: 'Tilat' }, validFrom: '2021-03-01', at: 'office' },
      { id: 'handover', type: 'transfer-of-undertaking', obligor: { role: 'participant' }, description: { fi: 'Luovutus' }, recurrence: 'once', dueOn: '2021-07-01' },
    ],
    locations: [{ id: 'office', kind: 'office', municipality: parties[0].partyId === 'kunta-a' ? 'kunta-a' : undefined }],
  };
}

/** Applies generated steps through the deciders, as the command handlers would, keeping only what they accept. */
export class HistoryBuilder {
  readonly parties = new Map<string, PartyState>();
  readonly agreements = new Map<string, AgreementState>();
  /** Accepted events per stream, in order, each with the id it is appended under. */
  readonly pending: { streamId: string; events: (PartyEvent | AgreementEvent)[]; eventIds: string[] }[] = [];
  /** Each agreement's accepted events, for a correction to name one. */
  private readonly recorded = new Map<string, { eventId: string; event: AgreementEvent }[]>();

  constructor() {
    for (const { partyId, type, memberIds } of PARTIES) {
      this.party({ type: 'RegisterParty', today: '2026-01-01', partyId, name: { fi: partyId }, partyType: type, memberIds, knownPartyIds: [...this.parties.keys()] });
    }
  }

  step(step: Step): void {
    const agreementId = AGREEMENTS[(step as { agreement?: number }).agreement ?? 0];
    const state = this.agreements.get(agreementId) ?? agreementDecider.initialState;
    const base = { today: '2026-01-01', agreementId };
    const partyTypes = Object.fromEntries(PARTIES.map((p) => [p.partyId, p.type]));
    const latest = latestVersion(state)?.version ?? 1;
    switch (step.kind) {
      case 'draft':
        return this.agreement({ ...base, type: 'DraftAgreement', kind: step.agreement === 1 ? 'family-centre' : 'family-law', terms: terms(step.mask, step.joins, step.open), partyTypes });
      case 'revise':
        return this.agreement({ ...base, type: 'ReviseDraft', terms: terms(step.mask, step.joins, step.open), partyTypes });
      case 'decide':
        return this.agreement({ ...base, type: 'RecordDecision', partyId: this.partyOf(state, latest, step.party), body: step.date % 2 ? 'kunnanhallitus' : 'lautakunta', meetingDate: DATES[step.date], section: '§ 1', outcome: OUTCOMES[step.outcome], version: latest });
      case 'sign':
        return this.agreement({ ...base, type: 'RecordSignature', partyId: this.partyOf(state, latest, step.party), signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: DATES[step.date], method: 'electronic', version: latest });
      case 'approve-and-sign-all':
        for (const { partyId } of partiesOf(state, latest)) {
          this.agreement({ ...base, type: 'RecordDecision', partyId, body: 'kunnanhallitus', meetingDate: '2020-12-01', section: '§ 2', outcome: 'approved', version: latest });
          this.agreement({ ...base, type: 'RecordSignature', partyId, signatory: { name: 'N', title: 'T' }, authority: 'position', signedOn: DATES[step.date], method: 'paper', version: latest });
        }
        return;
      case 'enter':
        return this.agreement({ ...base, type: 'EnterIntoForce', version: latest, effectiveFrom: DATES[step.date] });
      case 'join':
        return this.agreement({ ...base, type: 'JoinParty', partyId: PARTIES[step.party].partyId, role: ROLES[step.role], joinsOn: DATES[step.date], partyType: PARTIES[step.party].type });
      case 'withdraw':
        return this.agreement({ ...base, type: 'WithdrawParty', partyId: PARTIES[step.party].partyId, effectiveOn: DATES[step.date], reason: 'Irtisanottu' });
      case 'review':
        return this.agreement({ ...base, type: 'RecordReview', year: step.year, heldOn: `${step.year}-11-15`, meeting: 'Johtoryhmä', nextReviewDue: DATES[step.next] > `${step.year}-11-15` ? DATES[step.next] : undefined, actions: [], findings: [] });
      case 'terminate':
        return this.agreement({ ...base, type: 'TerminateAgreement', effectiveOn: DATES[step.date], reason: 'Päättyy' });
      case 'fulfil':
        return this.agreement({ ...base, type: 'RecordFulfilment', obligationId: 'handover', partyId: this.partyOf(state, latest, step.party), fulfilledOn: DATES[step.date] });
      case 'correct': {
        const events = this.recorded.get(agreementId) ?? [];
        if (events.length === 0) return;
        const { eventId, event } = events[step.pick % events.length];
        const field = DATE_FIELD[event.type];
        const current = currentData(eventId, event.data, state.corrections) as Record<string, unknown> | undefined;
        const change = step.retract || !field || !current ? { retract: true as const } : { replacement: { ...current, [field]: DATES[step.date] } };
        return this.agreement({ ...base, type: 'CorrectAgreementFact', at: '2026-01-01T00:00:00.000Z', by: 'test', eventId, recorded: event, reason: 'Korjaus', ...change });
      }
      case 'population':
        return this.party({ type: 'RecordPopulation', today: '2026-01-01', partyId: PARTIES[step.party].partyId, year: step.year, population: step.population, source: 'Tilastokeskus' });
    }
  }

  private partyOf(state: AgreementState, version: number, index: number): string {
    const ids = [...new Set(partiesOf(state, version).map((party) => party.partyId))];
    return ids.length ? ids[index % ids.length] : PARTIES[index].partyId;
  }

  private party(command: PartyCommand): void {
    const state = this.parties.get(command.partyId) ?? partyDecider.initialState;
    const events = attempt(() => partyDecider.decide(command, state));
    if (!events) return;
    this.parties.set(command.partyId, events.reduce(partyDecider.evolve, state));
    this.pending.push({ streamId: partyDecider.stream.streamOf(command.partyId), events, eventIds: events.map(() => newEventId()) });
  }

  private agreement(command: AgreementCommand): void {
    const state = this.agreements.get(command.agreementId) ?? agreementDecider.initialState;
    const events = attempt(() => agreementDecider.decide(command, state));
    if (!events) return;
    this.agreements.set(command.agreementId, events.reduce(agreementDecider.evolve, state));
    const eventIds = events.map(() => newEventId());
    this.pending.push({ streamId: agreementDecider.stream.streamOf(command.agreementId), events, eventIds });
    const recorded = this.recorded.get(command.agreementId) ?? [];
    this.recorded.set(command.agreementId, [...recorded, ...events.map((event, i) => ({ eventId: eventIds[i], event }))]);
  }

  /** Appends what was accepted since the last call, one command per append, recorded a minute apart. */
  async appendTo(store: EventStore, clock: { minute: number }): Promise<void> {
    for (const { streamId, events, eventIds } of this.pending.splice(0)) {
      const recordedAt = new Date(Date.UTC(2026, 0, 1) + clock.minute++ * 60_000).toISOString();
      const proposed: ProposedEvent[] = events.map((event, i) => ({
        eventId: eventIds[i],
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: { recordedAt, actor: 'test', role: 'registrar', correlationId: 'c', causationId: 'c' },
      }));
      await store.append(streamId, proposed, 'any');
    }
  }
}

function attempt<T>(decide: () => T): T | undefined {
  try {
    return decide();
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}
