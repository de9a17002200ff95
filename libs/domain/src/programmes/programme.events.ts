import { z } from 'zod';
import { agreementKind } from '../agreements/terms';
import { calendarDate } from '../calendar/zod';
import type { EventOf } from '../event-of';
import { id } from '../ids';
import { LIST_LIMITS } from '../limits';
import { localizedText } from '../localized-text';
import { assumed, source } from '../provenance';

/**
 * A programme: one host's service offered to many parties, each bound (or not) by an agreement of its own with the
 * host. Seed 000 is one: Jyväskylä's family-law unit, with a separate agreement per municipality.
 */
export const programmeRegisteredData = z.strictObject({
  programmeId: id,
  kind: agreementKind,
  title: localizedText,
  hostPartyId: id,
  source: source.optional(),
});
export type ProgrammeRegisteredData = z.infer<typeof programmeRegisteredData>;
export type ProgrammeRegistered = EventOf<'ProgrammeRegistered', ProgrammeRegisteredData>;

/** A party's decision to stay outside the programme; `decidedOn` is absent when the document gives no date. */
export const programmeDeclinedData = z.strictObject({
  partyId: id,
  decidedOn: calendarDate.optional(),
  source: source.optional(),
  assumed: assumed.optional(),
});
export type ProgrammeDeclinedData = z.infer<typeof programmeDeclinedData>;
export type ProgrammeDeclined = EventOf<'ProgrammeDeclined', ProgrammeDeclinedData>;

/**
 * An agreement of the programme is about to bind these parties. It is written on the programme's stream, at the
 * revision its check of the declines read, before the agreement's own event; a decline is written the same way. So
 * whichever of the two comes second is decided on a state that holds the first, on any number of instances.
 */
export const programmeBindingReservedData = z.strictObject({
  agreementId: id,
  partyIds: z.array(id).min(1).max(LIST_LIMITS.parties),
  at: z.iso.datetime({ offset: true }),
});
export type ProgrammeBindingReservedData = z.infer<typeof programmeBindingReservedData>;
export type ProgrammeBindingReserved = EventOf<'ProgrammeBindingReserved', ProgrammeBindingReservedData>;

export type ProgrammeEvent = ProgrammeRegistered | ProgrammeDeclined | ProgrammeBindingReserved;
