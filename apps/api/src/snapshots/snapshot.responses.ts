import { AGREEMENT_STATUSES, DEADLINE_TYPES, DECISION_PROCEDURES, FINDING_STATUSES, costShare, localizedText, location, selector, snapshotGeneratedData, snapshotScope } from '@pacta/domain';
import { z } from 'zod';
import type { StatusSnapshot } from '@pacta/snapshots';
import type { SnapshotReceipt, SnapshotRecord } from '@pacta/registry';
import { documenting, instant, named, position, sha256Hex } from '../openapi/schemas';

const date = z.iso.date();

named(
  'SnapshotReceipt',
  documenting<Omit<SnapshotReceipt, 'replayed'>>()(z.strictObject({
    id: z.string(),
    asOfPosition: position.describe('the log position the document reflects'),
    sha256: sha256Hex.describe("SHA-256 of the JSON form's bytes (RFC 8785)"),
    position: position.describe('where SnapshotGenerated was written'),
  })),
  'A generated status snapshot. A replayed Idempotency-Key answers the first body again, with Idempotent-Replayed: true.',
);

named(
  'Snapshot',
  documenting<SnapshotRecord & { forms: Record<'json' | 'md' | 'html', string> }>()(snapshotGeneratedData.omit({ snapshotId: true }).extend({
    id: z.string(),
    position,
    recordedAt: instant,
    actor: z.string(),
    role: z.string(),
    parties: z.array(z.string()).optional().describe('the parties the actor acted for; absent when it acts for all'),
    forms: z.strictObject({ json: z.string(), md: z.string(), html: z.string() }).describe('the paths of its three forms'),
  })),
  'A generated snapshot as the log records it.',
);

const finding = z.strictObject({ year: z.number().int(), heldOn: date, status: z.enum(FINDING_STATUSES), note: z.string().nullable() });

const assumedNote = z.string().optional().describe("an assumed record's note: what the documents do not state");

const agreement = z.strictObject({
  agreementId: z.string(),
  kind: z.string(),
  title: localizedText,
  diaryNumber: z.string().nullable(),
  term: z.strictObject({ startsOn: date, endsOn: date.nullable() }),
  status: z.enum(AGREEMENT_STATUSES),
  version: z.number().int(),
  versionInForce: z.number().int().nullable(),
  latestVersion: z.number().int(),
  predecessorId: z.string().nullable(),
  termination: z.strictObject({ effectiveOn: date, reason: z.string(), assumed: assumedNote }).nullable(),
  assumed: z.array(z.string()).optional().describe('the notes of the assumed records the shown version rests on'),
  review: z.strictObject({
    latest: z
      .strictObject({
        year: z.number().int(),
        heldOn: date,
        meeting: z.string(),
        nextReviewDue: date.nullable(),
        actions: z.array(z.string()),
        assumed: assumedNote,
      })
      .nullable(),
    due: date.nullable(),
    overdue: z.boolean(),
  }),
  parties: z.array(
    z.strictObject({
      partyId: z.string(),
      name: localizedText.nullable(),
      partyType: z.string(),
      role: z.string(),
      joinsOn: date,
      withdrawnOn: date.nullable(),
      assumed: assumedNote,
      decisions: z.array(
        z.strictObject({
          body: z.string().nullable().describe('null when an assumed decision does not name the body that made it'),
          meetingDate: date,
          section: z.string().nullable().describe('null when the minutes give no §'),
          diaryNumber: z.string().nullable(),
          outcome: z.string(),
          unanimous: z.boolean().nullable(),
          vote: z.strictObject({ for: z.number().int(), against: z.number().int(), abstained: z.number().int().optional() }).nullable(),
          assumed: assumedNote,
          doesNotCount: z.string().optional().describe('only on a decision by another body than the terms require: why it approves nothing'),
          procedure: z.enum(DECISION_PROCEDURES).optional(),
          referredTo: z.string().optional(),
        }),
      ),
      signature: z
        .strictObject({
          name: z.string().nullable().describe('null when an assumed signature does not name its signatory'),
          title: z.string().nullable(),
          authority: z.string(),
          signedOn: date,
          method: z.string(),
          assumed: assumedNote,
        })
        .nullable(),
    }),
  ),
  obligations: z.array(
    z.strictObject({
      partyId: z.string(),
      name: localizedText.nullable(),
      obligations: z.array(
        z.strictObject({
          obligationId: z.string(),
          type: z.string(),
          description: localizedText,
          beneficiary: selector.nullable(),
          clause: z.string().nullable(),
          costShare: costShare.nullable(),
          validFrom: date,
          validTo: date.nullable(),
          latestFinding: finding.nullable(),
          assumed: z.literal(true).optional().describe('the obligation rests on an assumed record'),
          location: location.optional(),
          dueOn: date.optional(),
          overdue: z.boolean().optional().describe('with dueOn: whether the obligation was still owed after it on `on`'),
        }),
      ),
    }),
  ),
  sinceLastReview: z.strictObject({
    reviewYear: z.number().int().nullable(),
    events: z.array(
      z.strictObject({ position, revision: z.number().int().min(0), type: z.string(), data: z.record(z.string(), z.unknown()) }),
    ),
  }),
});

named(
  'StatusSnapshot',
  documenting<StatusSnapshot>()(z.strictObject({
    document: z.literal('pacta-status-snapshot'),
    documentVersion: z.union([z.literal(1), z.literal(2)]).describe('2 adds checkpoint; a snapshot recorded as 1 stays 1'),
    title: z.string(),
    scope: snapshotScope,
    on: date,
    asOfPosition: position,
    heads: sha256Hex,
    checkpoint: z.string().optional().describe('version 2: the signed checkpoint of the whole log at asOfPosition (GET /v1/audit/checkpoint?treeSize=)'),
    party: z.strictObject({ partyId: z.string(), name: localizedText, partyType: z.string() }).nullable(),
    agreements: z.array(agreement),
    overdueReviews: z.array(z.strictObject({ agreementId: z.string(), title: localizedText, due: date })),
    deadlines: z.strictObject({
      from: date,
      to: date,
      items: z.array(
        z.strictObject({
          date,
          type: z.enum(DEADLINE_TYPES),
          agreementId: z.string(),
          partyId: z.string().nullable(),
          reviewYear: z.number().int().nullable(),
          obligationId: z.string().optional().describe('only for obligation-due'),
        }),
      ),
    }),
  })),
  'A status snapshot document: the same request at the same position gives the same RFC 8785 bytes.',
);
