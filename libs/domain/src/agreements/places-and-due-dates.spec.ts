import { InvalidTerms, UnregisteredParty } from '../errors';
import { draftAgreement, draftedWith, ENDS_ON, PARTY_TYPES, STARTS_ON, termsInput } from '../testing/fixtures';
import { givenFor } from '../testing/given';
import { agreementDecider } from './agreement.decider';
import type { Location, Obligation, TermsInput } from './terms';

const given = givenFor(agreementDecider);
const [service] = termsInput().obligations;
const office: Location = { id: 'jyvaskyla-office', kind: 'office', municipality: 'jyvaskyla', name: 'Jyväskylä' };
const parishPremises: Location = { id: 'rantasalmi-meeting', kind: 'meeting-place', municipality: 'laukaa', providedBy: 'parish' };
const partyTypes = { ...PARTY_TYPES, parish: 'parish' as const };
const transfer: Obligation = {
  id: 'transfer',
  type: 'transfer-of-undertaking',
  obligor: { partyId: 'laukaa' },
  description: { fi: 'Liikkeen luovutus' },
  recurrence: 'once',
  dueOn: '2021-05-01',
};

const draftWith = (overrides: Partial<TermsInput>) => draftAgreement({ terms: termsInput(overrides), partyTypes });

describe('places in the terms', () => {
  it('given no agreement, when the terms name places and an obligation met at one, then they are drafted as given', () => {
    const terms = { locations: [office, parishPremises], obligations: [{ ...service, at: 'jyvaskyla-office' }] };
    given([]).when(draftWith(terms)).thenEmits([draftedWith(terms)]);
  });

  it('refuses a place named twice', () => {
    given([]).when(draftWith({ locations: [office, { ...parishPremises, id: office.id }] })).thenThrows(InvalidTerms, 'locations[1].id');
  });

  it('refuses a place in a party that is not a municipality', () => {
    given([])
      .when(draftWith({ locations: [{ ...office, municipality: 'keski-suomi-county' }] }))
      .thenThrows(InvalidTerms, 'locations[0].municipality');
  });

  it('refuses premises provided by an unregistered party', () => {
    given([])
      .when(draftWith({ locations: [{ ...parishPremises, providedBy: 'nobody' }] }))
      .thenThrows(UnregisteredParty, 'locations[0].providedBy');
  });

  it('refuses an obligation met at a place the terms do not name', () => {
    given([])
      .when(draftWith({ locations: [office], obligations: [{ ...service, at: 'laukaa-office' }] }))
      .thenThrows(InvalidTerms, 'obligations[0].at');
  });
});

describe('due dates in the terms', () => {
  it('given no agreement, when a once obligation is due within the term, then it is drafted', () => {
    given([]).when(draftWith({ obligations: [transfer] })).thenEmits([draftedWith({ obligations: [transfer] })]);
  });

  it('refuses a due date on an obligation that recurs', () => {
    given([])
      .when(draftWith({ obligations: [{ ...transfer, recurrence: 'yearly' }] }))
      .thenThrows(InvalidTerms, 'obligations[0].dueOn');
  });

  it.each([['before the term', '2020-12-31'], ['after the term', '2025-01-01']])('refuses a due date %s', (_case, dueOn) => {
    given([]).when(draftWith({ obligations: [{ ...transfer, dueOn }] })).thenThrows(InvalidTerms, 'obligations[0].dueOn');
  });

  it('refuses a due date before the obligation applies', () => {
    given([])
      .when(draftWith({ obligations: [{ ...transfer, validFrom: '2021-06-01' }] }))
      .thenThrows(InvalidTerms, 'obligations[0].dueOn');
  });

  it('given no agreement, when the first review is due within the term, then it is drafted', () => {
    given([]).when(draftWith({ firstReviewDue: ENDS_ON })).thenEmits([draftedWith({ firstReviewDue: ENDS_ON })]);
  });

  it('refuses a first review due before the term starts', () => {
    given([])
      .when(draftWith({ firstReviewDue: '2020-12-31', term: { startsOn: STARTS_ON, endsOn: null } }))
      .thenThrows(InvalidTerms, 'firstReviewDue');
  });
});

describe('cost rules in the terms', () => {
  const [, costs] = termsInput().obligations;

  it('given no agreement, when a cost share states proration by days, then it is drafted with it', () => {
    const obligations = [service, { ...costs, costShare: { basis: 'population' as const, proration: 'days' as const } }];
    given([]).when(draftWith({ obligations })).thenEmits([draftedWith({ obligations })]);
  });

  it('refuses a proration the registry cannot apply', () => {
    const obligations = [service, { ...costs, costShare: { basis: 'population', proration: 'weeks' } }] as Obligation[];
    given([]).when(draftWith({ obligations })).thenThrows(InvalidTerms, 'obligations[1].costShare.proration');
  });
});
