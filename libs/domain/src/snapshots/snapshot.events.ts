import { z } from 'zod';
import { calendarDate } from '../calendar/zod';
import type { EventOf } from '../event-of';
import { id } from '../ids';
import { agreementKind } from '../agreements/terms';
import { TEXT_LIMITS } from '../limits';
import { boundedText } from '../text';

/** What a status snapshot covers: one agreement, one party's obligations across agreements, or every agreement of a kind. */
export const snapshotScope = z.union([
  z.strictObject({ agreementId: id }),
  z.strictObject({ partyId: id }),
  z.strictObject({ kind: agreementKind }),
]);
export type SnapshotScope = z.infer<typeof snapshotScope>;

export const snapshotTitle = boundedText(TEXT_LIMITS.snapshotTitle);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest');

export const snapshotGeneratedData = z.strictObject({
  snapshotId: id,
  scope: snapshotScope,
  on: calendarDate,
  title: snapshotTitle,
  /** The log position the document reflects: regenerating from the log folded up to it gives the same bytes. */
  asOfPosition: z.number().int().min(1),
  /** The audit heads digest at asOfPosition, also inside the document. */
  heads: sha256,
  /** SHA-256 of the UTF-8 bytes of the document's RFC 8785 JSON. */
  sha256,
  /** The layout of the document; a change that alters the bytes gets a new number and keeps the old builder. */
  documentVersion: z.union([z.literal(1), z.literal(2)]),
  /**
   * From documentVersion 2: the signed checkpoint of the whole log at asOfPosition (C2SP tlog-checkpoint), also inside
   * the document. Kept here so the document regenerates with the same signature even after the key changes.
   */
  checkpoint: z.string().max(2000).optional(),
});
export type SnapshotGeneratedData = z.infer<typeof snapshotGeneratedData>;
export type SnapshotGenerated = EventOf<'SnapshotGenerated', SnapshotGeneratedData>;

export type SnapshotEvent = SnapshotGenerated;
