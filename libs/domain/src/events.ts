import type { z } from 'zod';
import {
  agreementDraftedData,
  agreementTerminatedData,
  annualReviewRecordedData,
  boardDecisionRecordedData,
  draftRevisedData,
  partyJoinedData,
  obligationFulfilledData,
  partyWithdrewData,
  signatureRecordedData,
  versionEnteredIntoForceData,
  type AgreementEvent,
} from './agreements/agreement.events';
import { factCorrectedData } from './corrections/fact-corrected';
import { InvalidEvent } from './errors';
import { partyRegisteredData, partyRenamedData, populationRecordedData, type PartyEvent } from './parties/party.events';
import { programmeBindingReservedData, programmeDeclinedData, programmeRegisteredData, type ProgrammeEvent } from './programmes/programme.events';
import { snapshotGeneratedData, type SnapshotEvent } from './snapshots/snapshot.events';
import { fieldPath } from './validation';

export type DomainEvent = PartyEvent | AgreementEvent | ProgrammeEvent | SnapshotEvent;
export type EventType = DomainEvent['type'];

export interface EventSchema {
  schemaVersion: number;
  schema: z.ZodType;
}

type SchemaOfEachEvent = {
  [Type in EventType]: { schemaVersion: 1; schema: z.ZodType<Extract<DomainEvent, { type: Type }>['data']> };
};

/** The current schema of every event's data; a change of shape bumps schemaVersion and adds an upcaster. */
export const EVENT_SCHEMAS: Record<EventType, EventSchema> = {
  PartyRegistered: { schemaVersion: 1, schema: partyRegisteredData },
  PopulationRecorded: { schemaVersion: 1, schema: populationRecordedData },
  PartyRenamed: { schemaVersion: 1, schema: partyRenamedData },
  AgreementDrafted: { schemaVersion: 1, schema: agreementDraftedData },
  DraftRevised: { schemaVersion: 1, schema: draftRevisedData },
  BoardDecisionRecorded: { schemaVersion: 1, schema: boardDecisionRecordedData },
  SignatureRecorded: { schemaVersion: 1, schema: signatureRecordedData },
  VersionEnteredIntoForce: { schemaVersion: 1, schema: versionEnteredIntoForceData },
  PartyJoined: { schemaVersion: 1, schema: partyJoinedData },
  PartyWithdrew: { schemaVersion: 1, schema: partyWithdrewData },
  AnnualReviewRecorded: { schemaVersion: 1, schema: annualReviewRecordedData },
  ObligationFulfilled: { schemaVersion: 1, schema: obligationFulfilledData },
  AgreementTerminated: { schemaVersion: 1, schema: agreementTerminatedData },
  ProgrammeRegistered: { schemaVersion: 1, schema: programmeRegisteredData },
  ProgrammeDeclined: { schemaVersion: 1, schema: programmeDeclinedData },
  ProgrammeBindingReserved: { schemaVersion: 1, schema: programmeBindingReservedData },
  SnapshotGenerated: { schemaVersion: 1, schema: snapshotGeneratedData },
  FactCorrected: { schemaVersion: 1, schema: factCorrectedData },
} satisfies SchemaOfEachEvent;

/** A list of every member of the union T: leaving one out fails to compile. */
const everyOf =
  <T extends string>() =>
  <List extends readonly T[]>(list: List & ([T] extends [List[number]] ? unknown : never)): readonly T[] =>
    list;

export const PARTY_EVENT_TYPES = everyOf<PartyEvent['type']>()(['PartyRegistered', 'PopulationRecorded', 'PartyRenamed', 'FactCorrected']);
export const AGREEMENT_EVENT_TYPES = everyOf<AgreementEvent['type']>()([
  'AgreementDrafted',
  'DraftRevised',
  'BoardDecisionRecorded',
  'SignatureRecorded',
  'VersionEnteredIntoForce',
  'PartyJoined',
  'PartyWithdrew',
  'AnnualReviewRecorded',
  'ObligationFulfilled',
  'AgreementTerminated',
  'FactCorrected',
]);
export const PROGRAMME_EVENT_TYPES = everyOf<ProgrammeEvent['type']>()(['ProgrammeRegistered', 'ProgrammeDeclined', 'ProgrammeBindingReserved']);
export const SNAPSHOT_EVENT_TYPES = everyOf<SnapshotEvent['type']>()(['SnapshotGenerated']);

function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_SCHEMAS, type);
}

/** Validates an event read from the store or submitted to the API; throws InvalidEvent naming the field. */
export function parseEvent(type: string, schemaVersion: number, data: unknown): DomainEvent {
  if (!isEventType(type)) throw new InvalidEvent(`unknown event type ${type}`, 'type');
  const expected = EVENT_SCHEMAS[type];
  if (schemaVersion !== expected.schemaVersion) {
    throw new InvalidEvent(`${type} has schema version ${expected.schemaVersion}, not ${schemaVersion}`, 'schemaVersion');
  }
  const result = expected.schema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    const field = fieldPath(issue.path);
    throw new InvalidEvent(`${type} ${field || 'data'}: ${issue.message}`, field);
  }
  // The schema looked up by this type produced the data, so the pair is that event.
  return { type, schemaVersion: 1, data: result.data } as DomainEvent;
}
