import { InvalidTerms, UnregisteredParty } from '../errors';
import type { PartyTypeLookup } from './agreement.commands';
import type { TermsInput } from './terms';

/**
 * The places the terms name and the dates they set besides the term: each place is named once and lies in a
 * registered municipality, premises are provided by a registered party, an obligation is met at a place the terms
 * name, only a once obligation has a due date, and no due date falls outside the term.
 */
export function assertPlacesAndDueDates(terms: TermsInput, partyTypes: PartyTypeLookup): void {
  const { startsOn, endsOn } = terms.term;
  const withinTerm = (date: string) => date >= startsOn && (endsOn === null || date <= endsOn);
  if (terms.firstReviewDue !== undefined && !withinTerm(terms.firstReviewDue)) {
    throw new InvalidTerms(`the first review (${terms.firstReviewDue}) is due outside the term`, 'firstReviewDue');
  }
  const locations = terms.locations ?? [];
  locations.forEach((location, i) => {
    const field = `locations[${i}]`;
    if (locations.findIndex((other) => other.id === location.id) !== i) {
      throw new InvalidTerms(`location id ${location.id} is used twice`, `${field}.id`);
    }
    if (location.municipality !== undefined) {
      const type = registeredType(location.municipality, partyTypes, `${field}.municipality`);
      if (type !== 'municipality') {
        throw new InvalidTerms(`${location.municipality} is a ${type}, not a municipality`, `${field}.municipality`);
      }
    }
    if (location.providedBy !== undefined) registeredType(location.providedBy, partyTypes, `${field}.providedBy`);
  });
  terms.obligations.forEach((obligation, i) => {
    const field = `obligations[${i}]`;
    if (obligation.at !== undefined && !locations.some((location) => location.id === obligation.at)) {
      throw new InvalidTerms(`obligation ${obligation.id} is met at ${obligation.at}, which is not a location of these terms`, `${field}.at`);
    }
    if (obligation.dueOn === undefined) return;
    if (obligation.recurrence !== 'once') {
      throw new InvalidTerms(`only an obligation met once has a due date; ${obligation.id} recurs ${obligation.recurrence ?? 'continuously'}`, `${field}.dueOn`);
    }
    if (!withinTerm(obligation.dueOn) || (obligation.validFrom !== undefined && obligation.dueOn < obligation.validFrom)) {
      throw new InvalidTerms(`obligation ${obligation.id} is due on ${obligation.dueOn}, before it applies or outside the term`, `${field}.dueOn`);
    }
  });
}

function registeredType(partyId: string, partyTypes: PartyTypeLookup, field: string): string {
  if (!Object.hasOwn(partyTypes, partyId)) throw new UnregisteredParty(`${partyId} is not a registered party`, field);
  return partyTypes[partyId];
}
