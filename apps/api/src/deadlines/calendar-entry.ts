import type { Deadline, LocalizedText } from '@pacta/domain';
import { inTheirLanguages, labelOf, type Label } from '@pacta/snapshots';

export interface CalendarEntryText {
  summary: string;
  description: string;
}

const bilingual = (label: Label) => `${label.fi} / ${label.en}`;

/**
 * What a subscribed calendar shows for a deadline: what happens, to which party by name, in which agreement.
 * A party the read models do not know (never expected) is shown by its id rather than dropped.
 */
export function calendarEntryOf(deadline: Deadline, partyNames: ReadonlyMap<string, LocalizedText>): CalendarEntryText {
  const party = deadline.partyId === undefined ? undefined : (partyNames.get(deadline.partyId) ?? { fi: deadline.partyId });
  const what = bilingual(labelOf('deadline', deadline.type));
  const review = deadline.reviewYear
    ? ` — vuoden ${deadline.reviewYear} katselmuksen asettama / set by the ${deadline.reviewYear} review`
    : '';
  const obligation = deadline.obligationId ? ` — velvoite / obligation ${deadline.obligationId}` : '';
  return {
    summary: `${what}${party ? `: ${inTheirLanguages(party)}` : ''} — ${inTheirLanguages(deadline.title)}`,
    description: `${bilingual(labelOf('kind', deadline.kind))}: ${deadline.agreementId}${review}${obligation}`,
  };
}
