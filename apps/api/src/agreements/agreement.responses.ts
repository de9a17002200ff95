import {
  AGREEMENT_STATUSES,
  EVENT_SCHEMAS,
  ROLES,
  agreementTerminatedData,
  annualReviewRecordedData,
  boardDecisionRecordedData,
  factCorrectedData,
  localizedText,
  obligationFulfilledData,
  provenance,
  partyJoinedData,
  partyWithdrewData,
  signatureRecordedData,
  terms,
  versionEnteredIntoForceData,
} from '@pacta/domain';
import { z } from 'zod';
import type { AgreementSummary } from '@pacta/projections';
import type { AgreementView, LogPage } from '@pacta/registry';
import { documenting, instant, named, position, sha256Hex } from '../openapi/schemas';

const date = z.iso.date();
const status = z.enum(AGREEMENT_STATUSES);

named('Terms', terms, "An agreement version's terms: title, term, parties and obligations.");

const version = named(
  'AgreementVersion',
  z.strictObject({
    version: z.number().int().min(1),
    terms,
    ...provenance,
    decisions: z.array(boardDecisionRecordedData),
    signatures: z.array(signatureRecordedData),
  }),
);

named(
  'Agreement',
  documenting<AgreementView>()(z.strictObject({
    id: z.string(),
    revision: z.number().int().min(0).describe('the revision of the agreement; also its ETag'),
    status: status.describe('on the date `on`'),
    on: date,
    reviewDue: date.nullable().describe("the nextReviewDue of the latest review; before any review, the terms' firstReviewDue"),
    reviewOverdue: z.boolean().describe('whether reviewDue has passed on `on` while the agreement is in force'),
    uncountedDecisions: z
      .array(
        z.strictObject({
          partyId: z.string(),
          version: z.number().int().min(1),
          body: z.string().optional().describe('absent when an assumed decision does not name the body that made it'),
          meetingDate: date,
          section: z.string().optional(),
          reason: z.string().describe('which body the terms require (approvalBy), and on what basis'),
        }),
      )
      .describe("approvals and rejections by a body other than the party's approvalBy: recorded, but the party cannot sign on them"),
    knownAt: z
      .strictObject({ position, recordedAt: instant })
      .optional()
      .describe('with knownAt: the last event the view folds'),
    state: z.strictObject({
      exists: z.boolean(),
      agreementId: z.string(),
      kind: z.string(),
      predecessorId: z.string().optional(),
      programmeId: z.string().optional().describe('the programme this agreement is one of'),
      versions: z.array(version),
      inForce: z.array(versionEnteredIntoForceData).describe('in the order the versions entered into force'),
      joined: z.array(partyJoinedData.extend({ atVersion: z.number().int().min(1) })),
      withdrawals: z.array(partyWithdrewData),
      reviews: z.array(annualReviewRecordedData),
      fulfilments: z.array(obligationFulfilledData).describe('once obligations met, in recorded order'),
      termination: agreementTerminatedData.optional(),
      corrections: z
        .array(factCorrectedData)
        .optional()
        .describe('the trail of corrections and retractions, oldest first: who, when, why, and what the fact was'),
    }),
    version: version.optional().describe('with ?version=: that version'),
  })),
  'An agreement folded from its stream, on a valid-time date and optionally at a recorded time.',
);

named(
  'AgreementList',
  documenting<{ on: string; agreements: AgreementSummary[] }>()(z.strictObject({
    on: date,
    agreements: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.string(),
        title: localizedText,
        diaryNumber: z.string().optional(),
        term: z.strictObject({ startsOn: date, endsOn: date.nullable() }),
        status,
        latestVersion: z.number().int().min(1),
        versionInForce: z.number().int().min(1).nullable(),
        parties: z.array(z.strictObject({ partyId: z.string(), role: z.enum(ROLES), joinsOn: date.optional() })),
        predecessorId: z.string().nullable(),
        successorIds: z.array(z.string()),
        reviewDue: date.nullable(),
        reviewOverdue: z.boolean(),
        revision: z.number().int().min(0),
      }),
    ),
  })),
  'The agreements, with their status on `on`.',
);

const envelopeOf = <T extends string>(type: T, schemaVersion: number, data: z.ZodType) =>
  z.strictObject({
    globalPosition: position.min(1),
    streamId: z.string(),
    streamRevision: z.number().int().min(0),
    eventId: z.uuid(),
    type: z.literal(type),
    schemaVersion: z.literal(schemaVersion),
    data,
    metadata: z.strictObject({
      recordedAt: instant,
      actor: z.string(),
      role: z.string(),
      parties: z.array(z.string()).optional().describe('the parties the actor acted for; absent when it acts for all'),
      correlationId: z.string(),
      causationId: z.string(),
      idempotencyKey: z.string().optional(),
      requestHash: sha256Hex.optional(),
    }),
    prevHash: sha256Hex.nullable().describe("the previous event's hash in this stream; null for the first"),
    hash: sha256Hex,
  });

const [first, ...rest] = Object.entries(EVENT_SCHEMAS).map(([type, { schemaVersion, schema }]) => envelopeOf(type, schemaVersion, schema));
export const eventEnvelope = named(
  'Event',
  z.discriminatedUnion('type', [first, ...rest]),
  'An event as the log holds it: its data by type and schemaVersion, and its place in the hash chain.',
);

named('AgreementEvents', documenting<Pick<LogPage, 'events'> & { agreementId: string }>()(z.strictObject({ agreementId: z.string(), events: z.array(eventEnvelope) })), "An agreement's stream, oldest first.");

