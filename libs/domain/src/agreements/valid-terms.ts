import { InvalidTerms, UnregisteredParty } from '../errors';
import { parseOrThrow, type InvalidFieldError } from '../validation';
import type { PartyTypeLookup } from './agreement.commands';
import { assertPlacesAndDueDates } from './places-and-due-dates';
import { termsInput, type AgreementParty, type Selector, type Terms, type TermsInput } from './terms';

const invalidTerms: InvalidFieldError = (detail, field) => new InvalidTerms(detail, field);

/** Terms as submitted, checked against each other and against the registered parties, with party types filled in. */
export function validTerms(input: TermsInput, partyTypes: PartyTypeLookup): Terms {
  const parsed = parseOrThrow(termsInput, input, invalidTerms);
  const { startsOn, endsOn } = parsed.term;
  if (endsOn !== null && endsOn < startsOn) {
    throw new InvalidTerms(`the term ends (${endsOn}) before it starts (${startsOn})`, 'term.endsOn');
  }
  if (parsed.parties.length < 2) throw new InvalidTerms('an agreement needs at least two parties', 'parties');
  const parties = parsed.parties.map(({ partyId, role, joinsOn, approvalBy }, i): AgreementParty => {
    if (parsed.parties.findIndex((other) => other.partyId === partyId) !== i) {
      throw new InvalidTerms(`${partyId} is listed twice`, `parties[${i}].partyId`);
    }
    if (!Object.hasOwn(partyTypes, partyId)) {
      throw new UnregisteredParty(`${partyId} is not a registered party`, `parties[${i}].partyId`);
    }
    if (joinsOn !== undefined && (joinsOn < startsOn || (endsOn !== null && joinsOn > endsOn))) {
      throw new InvalidTerms(`${partyId} joins on ${joinsOn}, outside the term`, `parties[${i}].joinsOn`);
    }
    return { partyId, role, ...(joinsOn !== undefined && { joinsOn }), ...(approvalBy && { approvalBy }), partyType: partyTypes[partyId] };
  });
  assertPlacesAndDueDates(parsed, partyTypes);
  parsed.obligations.forEach((obligation, i) => {
    const field = `obligations[${i}]`;
    if (parsed.obligations.findIndex((other) => other.id === obligation.id) !== i) {
      throw new InvalidTerms(`obligation id ${obligation.id} is used twice`, `${field}.id`);
    }
    assertSelectsSomeParty(obligation.obligor, parties, `${field}.obligor`);
    if (obligation.beneficiary) assertSelectsSomeParty(obligation.beneficiary, parties, `${field}.beneficiary`);
    if (obligation.validFrom && obligation.validTo && obligation.validTo < obligation.validFrom) {
      throw new InvalidTerms(`obligation ${obligation.id} ends before it starts`, `${field}.validTo`);
    }
    if (obligation.costShare && obligation.type !== 'pay-cost-share') {
      throw new InvalidTerms(`only a pay-cost-share obligation has a cost share, not ${obligation.type}`, `${field}.costShare`);
    }
  });
  return { ...parsed, parties };
}

export const partyIdsOf = (terms: Terms): string[] => terms.parties.map((party) => party.partyId);
export const partyField = (index: number): string => `parties[${index}].partyId`;

function assertSelectsSomeParty(selector: Selector, parties: AgreementParty[], field: string): void {
  if (selector === 'all') return;
  if ('partyId' in selector && !parties.some((party) => party.partyId === selector.partyId)) {
    throw new InvalidTerms(`${selector.partyId} is not a party of these terms`, field);
  }
  if ('role' in selector && !parties.some((party) => party.role === selector.role)) {
    throw new InvalidTerms(`no party has the role ${selector.role}`, field);
  }
  if ('partyType' in selector && !parties.some((party) => party.partyType === selector.partyType)) {
    throw new InvalidTerms(`no party is a ${selector.partyType}`, field);
  }
}
