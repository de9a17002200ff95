import {
  AgreementAlreadyExists,
  AgreementNotFound,
  AgreementNotInForce,
  AgreementTerminatedError,
  AlreadyAParty,
  AlreadySigned,
  AlreadyTerminated,
  AlreadyWithdrawn,
  DateOutsideTerm,
  EffectiveDateOutOfOrder,
  InvalidCalendarDate,
  InvalidCommand,
  InvalidDecision,
  InvalidReview,
  InvalidTerms,
  NotAPartyOfAgreement,
  PartiesNotReady,
  PartyHasNotApproved,
  SignedBeforeApproval,
  UnregisteredParty,
  VersionAlreadyInForce,
  VersionNotFound,
  WithdrawalBeforeJoining,
} from '../errors';
import {
  AGREEMENT_ID,
  approvedAndSignedBy,
  approvedBy,
  decidedBy,
  draftAgreement,
  drafted,
  draftedWith,
  ENDS_ON,
  enteredIntoForce,
  enterIntoForce,
  FOUNDING_PARTIES,
  inForce,
  joined,
  joinParty,
  MEETING_DATE,
  PARTY_TYPES,
  recordDecision,
  recordReview,
  recordSignature,
  reviseDraft,
  revised,
  signedBy,
  STARTS_ON,
  terminateAgreement,
  terminated,
  termsInput,
  withdrawParty,
  withdrew,
} from '../testing/fixtures';
import { TEXT_LIMITS } from '../limits';
import { agreementDecider } from './agreement.decider';
import { givenFor } from '../testing/given';
import type { AgreementCommand } from './agreement.commands';
import type { AgreementPartyInput, Obligation, TermsInput } from './terms';
import { OUTCOMES } from './agreement.events';

const given = givenFor(agreementDecider);

const [service, costs] = termsInput().obligations;
const jyvaskyla: AgreementPartyInput = { partyId: 'jyvaskyla', role: 'host' };
const laukaa: AgreementPartyInput = { partyId: 'laukaa', role: 'participant' };

function draftWith(overrides: Partial<TermsInput>) {
  return draftAgreement({ terms: termsInput(overrides) });
}

function withObligations(...obligations: Obligation[]) {
  return draftWith({ obligations });
}

describe('DraftAgreement', () => {
  it('refuses a stream that already has an agreement', () => {
    given([drafted]).when(draftAgreement()).thenThrows(AgreementAlreadyExists);
  });
  it('drafts version 1 on an empty stream, filling in party types', () => {
    given([]).when(draftAgreement()).thenEmits([drafted]);
  });

  it('refuses fewer than two parties', () => {
    given([]).when(draftWith({ parties: [jyvaskyla], obligations: [] })).thenThrows(InvalidTerms, 'parties');
  });
  it('accepts two parties', () => {
    given([])
      .when(draftWith({ parties: [jyvaskyla, laukaa] }))
      .thenEmits([draftedWith({ parties: [jyvaskyla, laukaa] })]);
  });

  it('refuses a party listed twice', () => {
    given([])
      .when(draftWith({ parties: [jyvaskyla, laukaa, { partyId: 'laukaa', role: 'host' }] }))
      .thenThrows(InvalidTerms, 'parties[2].partyId');
  });

  it('refuses a party that is not registered, naming it', () => {
    const { hankasalmi: _unregistered, ...partyTypes } = PARTY_TYPES;
    given([]).when(draftAgreement({ partyTypes })).thenThrows(UnregisteredParty, 'parties[2].partyId');
  });
  it('refuses a party id that only exists on Object.prototype', () => {
    given([])
      .when(draftWith({ parties: [jyvaskyla, { partyId: 'constructor', role: 'participant' }], obligations: [] }))
      .thenThrows(UnregisteredParty, 'parties[1].partyId');
  });

  it('refuses a term that ends before it starts', () => {
    given([])
      .when(draftWith({ term: { startsOn: STARTS_ON, endsOn: '2020-12-31' } }))
      .thenThrows(InvalidTerms, 'term.endsOn');
  });
  it('accepts an open-ended term and a one-day term', () => {
    for (const endsOn of [null, STARTS_ON]) {
      given([])
        .when(draftWith({ term: { startsOn: STARTS_ON, endsOn } }))
        .thenEmits([draftedWith({ term: { startsOn: STARTS_ON, endsOn } })]);
    }
  });

  it.each(['2020-12-31', '2025-01-01'])('refuses a party joining outside the term (%s)', (joinsOn) => {
    given([])
      .when(draftWith({ parties: [jyvaskyla, { ...laukaa, joinsOn }] }))
      .thenThrows(InvalidTerms, 'parties[1].joinsOn');
  });
  it('accepts a party joining within the term', () => {
    const parties = [jyvaskyla, { ...laukaa, joinsOn: '2021-05-01' }];
    given([]).when(draftWith({ parties })).thenEmits([draftedWith({ parties })]);
  });

  it('refuses two obligations with the same id', () => {
    given([])
      .when(withObligations(service, { ...costs, id: 'service' }))
      .thenThrows(InvalidTerms, 'obligations[1].id');
  });

  it.each([
    ['a party not in the terms', { obligor: { partyId: 'muurame' } }, 'obligations[0].obligor'],
    ['a role no party holds', { obligor: { role: 'coordinator' } }, 'obligations[0].obligor'],
    ['a party type no party has', { beneficiary: { partyType: 'parish' } }, 'obligations[0].beneficiary'],
  ] as const)('refuses a selector naming %s', (_case, selectors, field) => {
    given([])
      .when(withObligations({ ...service, ...selectors }))
      .thenThrows(InvalidTerms, field);
  });
  it.each([
    ['a party', { obligor: { partyId: 'laukaa' } }],
    ['a held role', { obligor: { role: 'host' } }],
    ['a held party type', { obligor: { partyType: 'municipality' } }],
    ['all', { obligor: 'all' }],
  ] as const)('accepts a selector naming %s', (_case, selectors) => {
    const obligations = [{ ...service, ...selectors }];
    given([]).when(withObligations(...obligations)).thenEmits([draftedWith({ obligations })]);
  });

  it('refuses an obligation valid to a day before it is valid from', () => {
    given([])
      .when(withObligations({ ...service, validFrom: '2022-01-01', validTo: '2021-12-31' }))
      .thenThrows(InvalidTerms, 'obligations[0].validTo');
  });
  it('accepts an obligation valid for a single day', () => {
    const obligations = [{ ...service, validFrom: '2022-01-01', validTo: '2022-01-01' }];
    given([]).when(withObligations(...obligations)).thenEmits([draftedWith({ obligations })]);
  });

  it('refuses a cost share on anything but pay-cost-share', () => {
    given([])
      .when(withObligations({ ...service, costShare: { basis: 'equal' } }))
      .thenThrows(InvalidTerms, 'obligations[0].costShare');
  });
  it('accepts a cost share on pay-cost-share', () => {
    const obligations = [{ ...costs, costShare: { basis: 'equal' as const } }];
    given([]).when(withObligations(...obligations)).thenEmits([draftedWith({ obligations })]);
  });

  it('refuses a date that is not on the calendar, naming the field', () => {
    given([])
      .when(draftWith({ term: { startsOn: '2021-02-30', endsOn: null } }))
      .thenThrows(InvalidCalendarDate, 'term.startsOn');
  });
  it('accepts a leap day', () => {
    given([])
      .when(draftWith({ term: { startsOn: '2024-02-29', endsOn: null } }))
      .thenEmits([draftedWith({ term: { startsOn: '2024-02-29', endsOn: null } })]);
  });

  it('refuses unknown fields in the terms', () => {
    const terms = { ...termsInput(), signedBy: 'someone' } as TermsInput;
    given([]).when(draftAgreement({ terms })).thenThrows(InvalidTerms);
  });

  it('refuses a kind that is not a lowercase slug', () => {
    given([]).when(draftAgreement({ kind: 'Family Law' })).thenThrows(InvalidCommand, 'kind');
  });
  it('accepts a kind it has never seen', () => {
    given([])
      .when(draftAgreement({ kind: 'school-transport' }))
      .thenEmits([{ ...drafted, data: { ...drafted.data, kind: 'school-transport' } }]);
  });

  it('refuses an agreement succeeding itself', () => {
    given([]).when(draftAgreement({ predecessorId: AGREEMENT_ID })).thenThrows(InvalidCommand, 'predecessorId');
  });
  it('records the predecessor of a renewal', () => {
    given([])
      .when(draftAgreement({ predecessorId: 'ks-family-law-2017' }))
      .thenEmits([{ ...drafted, data: { ...drafted.data, predecessorId: 'ks-family-law-2017' } }]);
  });
});

describe('ReviseDraft', () => {
  const newTerms = termsInput({ title: { fi: 'Perheoikeudelliset palvelut, muutos 1' } });

  it('refuses an agreement that does not exist', () => {
    given([]).when(reviseDraft(newTerms)).thenThrows(AgreementNotFound);
  });
  it('emits the next version number', () => {
    given([drafted]).when(reviseDraft(newTerms)).thenEmits([revised(2, newTerms)]);
    given([drafted, revised(2, newTerms)]).when(reviseDraft(newTerms)).thenEmits([revised(3, newTerms)]);
  });
  it('validates the terms like a draft', () => {
    given([drafted])
      .when(reviseDraft(termsInput({ parties: [jyvaskyla] })))
      .thenThrows(InvalidTerms, 'parties');
  });
  it('amends an agreement already in force', () => {
    given(inForce).when(reviseDraft(newTerms)).thenEmits([revised(2, newTerms)]);
  });
  it('makes approvals of the older version stop counting', () => {
    given([drafted, ...FOUNDING_PARTIES.map((partyId) => approvedBy(partyId)), revised(2, newTerms)])
      .when(recordSignature({ partyId: 'laukaa', version: 2 }))
      .thenThrows(PartyHasNotApproved);
  });
});

describe('RecordDecision', () => {
  it('refuses an agreement that does not exist', () => {
    given([]).when(recordDecision({ partyId: 'laukaa' })).thenThrows(AgreementNotFound);
  });
  it('refuses a version that does not exist', () => {
    given([drafted]).when(recordDecision({ partyId: 'laukaa', version: 2 })).thenThrows(VersionNotFound, 'version');
  });
  it('refuses a party that is not a party of the version', () => {
    given([drafted]).when(recordDecision({ partyId: 'muurame' })).thenThrows(NotAPartyOfAgreement, 'partyId');
  });
  it('accepts a decision by a party that joined', () => {
    given([...inForce, joined('muurame', '2021-05-01')])
      .when(recordDecision({ partyId: 'muurame', meetingDate: '2021-03-15' }))
      .thenEmits([approvedBy('muurame', 1, '2021-03-15')]);
  });
  it('refuses a meeting date that is not on the calendar', () => {
    given([drafted])
      .when(recordDecision({ partyId: 'laukaa', meetingDate: '2020-11-31' }))
      .thenThrows(InvalidCalendarDate, 'meetingDate');
  });
  it.each(OUTCOMES)('records the outcome %s', (outcome) => {
    given([drafted]).when(recordDecision({ partyId: 'laukaa', outcome })).thenEmits([decidedBy('laukaa', outcome)]);
  });
  it('refuses a unanimous decision with votes against', () => {
    given([drafted])
      .when(recordDecision({ partyId: 'laukaa', unanimous: true, vote: { for: 7, against: 2 } }))
      .thenThrows(InvalidDecision, 'vote');
  });
  it('records a vote', () => {
    const vote = { for: 7, against: 2, abstained: 1 };
    given([drafted])
      .when(recordDecision({ partyId: 'laukaa', unanimous: false, vote }))
      .thenEmits([{ ...approvedBy('laukaa'), data: { ...approvedBy('laukaa').data, unanimous: false, vote } }]);
  });
  it('refuses unknown fields', () => {
    const command = { ...recordDecision({ partyId: 'laukaa' }), chair: 'someone' };
    given([drafted]).when(command).thenThrows(InvalidDecision);
  });
  it('records a decision whose minutes give no section, without one', () => {
    const { section: _section, ...withoutSection } = approvedBy('laukaa').data;
    given([drafted])
      .when(recordDecision({ partyId: 'laukaa', section: undefined }))
      .thenEmits([{ ...approvedBy('laukaa'), data: withoutSection }]);
  });
});

describe('approval of a version', () => {
  const signs = recordSignature({ partyId: 'laukaa' });

  it('is not given by a proposal to a higher body', () => {
    given([drafted, decidedBy('laukaa', 'proposed-to-higher-body')]).when(signs).thenThrows(PartyHasNotApproved);
  });
  it('is withdrawn by a later rejection', () => {
    given([drafted, approvedBy('laukaa'), decidedBy('laukaa', 'rejected')]).when(signs).thenThrows(PartyHasNotApproved);
  });
  it('is given by an approval after a rejection', () => {
    given([drafted, decidedBy('laukaa', 'rejected'), approvedBy('laukaa')]).when(signs).thenEmits([signedBy('laukaa')]);
  });
  it('survives a later tabling', () => {
    given([drafted, approvedBy('laukaa'), decidedBy('laukaa', 'tabled')]).when(signs).thenEmits([signedBy('laukaa')]);
  });
});

describe('RecordSignature', () => {
  it('refuses a version that does not exist', () => {
    given([drafted, approvedBy('laukaa')])
      .when(recordSignature({ partyId: 'laukaa', version: 2 }))
      .thenThrows(VersionNotFound, 'version');
  });
  it('refuses a party that is not a party of the version', () => {
    given([drafted]).when(recordSignature({ partyId: 'muurame' })).thenThrows(NotAPartyOfAgreement, 'partyId');
  });
  it('refuses a party that has not approved', () => {
    given([drafted, approvedBy('laukaa', 1)])
      .when(recordSignature({ partyId: 'hankasalmi', version: 1 }))
      .thenThrows(PartyHasNotApproved);
  });
  it('records the signature of a party that has approved', () => {
    given([drafted, approvedBy('laukaa', 1)])
      .when(recordSignature({ partyId: 'laukaa', version: 1 }))
      .thenEmits([signedBy('laukaa', 1)]);
  });
  it('refuses a second signature by the same party', () => {
    given([drafted, approvedBy('laukaa'), signedBy('laukaa')])
      .when(recordSignature({ partyId: 'laukaa' }))
      .thenThrows(AlreadySigned);
  });
  it('accepts signatures by different parties', () => {
    given([drafted, approvedBy('laukaa'), signedBy('laukaa'), approvedBy('hankasalmi')])
      .when(recordSignature({ partyId: 'hankasalmi' }))
      .thenEmits([signedBy('hankasalmi')]);
  });
  it('refuses a signature dated before the approving meeting', () => {
    given([drafted, approvedBy('laukaa')])
      .when(recordSignature({ partyId: 'laukaa', signedOn: '2020-11-01' }))
      .thenThrows(SignedBeforeApproval, 'signedOn');
  });
  it('accepts a signature on the day of the approving meeting', () => {
    given([drafted, approvedBy('laukaa')])
      .when(recordSignature({ partyId: 'laukaa', signedOn: MEETING_DATE }))
      .thenEmits([signedBy('laukaa', 1, MEETING_DATE)]);
  });
  it('refuses a signing date that is not on the calendar', () => {
    given([drafted, approvedBy('laukaa')])
      .when(recordSignature({ partyId: 'laukaa', signedOn: '2020-13-01' }))
      .thenThrows(InvalidCalendarDate, 'signedOn');
  });
});

describe('EnterIntoForce', () => {
  const ready = [drafted, ...approvedAndSignedBy(FOUNDING_PARTIES)];
  const amended = termsInput({ title: { fi: 'Muutos 1' } });
  const amendmentReady = [...inForce, revised(2, amended), ...approvedAndSignedBy(FOUNDING_PARTIES, 2)];

  it('refuses a version that does not exist', () => {
    given(ready).when(enterIntoForce({ version: 2 })).thenThrows(VersionNotFound, 'version');
  });
  it('puts a version every party approved and signed into force', () => {
    given(ready).when(enterIntoForce()).thenEmits([enteredIntoForce()]);
  });
  it('refuses a version already in force', () => {
    given(inForce).when(enterIntoForce()).thenThrows(VersionAlreadyInForce);
  });
  it.each(['2020-12-31', '2025-01-01'])('refuses an effective date outside the term (%s)', (effectiveFrom) => {
    given(ready).when(enterIntoForce({ effectiveFrom })).thenThrows(DateOutsideTerm, 'effectiveFrom');
  });
  it('accepts the last day of the term', () => {
    given(ready).when(enterIntoForce({ effectiveFrom: ENDS_ON })).thenEmits([enteredIntoForce(1, ENDS_ON)]);
  });
  it('refuses an amendment effective no later than the version in force', () => {
    given(amendmentReady)
      .when(enterIntoForce({ version: 2, effectiveFrom: STARTS_ON }))
      .thenThrows(EffectiveDateOutOfOrder, 'effectiveFrom');
  });
  it('puts an amendment into force after the version in force', () => {
    given(amendmentReady)
      .when(enterIntoForce({ version: 2, effectiveFrom: '2022-01-01' }))
      .thenEmits([enteredIntoForce(2, '2022-01-01')]);
  });
  it('refuses while parties have not approved and signed, naming them', () => {
    const history = [drafted, ...approvedAndSignedBy(['jyvaskyla']), approvedBy('hankasalmi')];
    given(history).when(enterIntoForce()).thenThrows(PartiesNotReady, { parties: ['laukaa', 'hankasalmi'] });
  });
  it('does not wait for a party that joins later', () => {
    const laterJoiner = draftedWith({ parties: [jyvaskyla, laukaa, { partyId: 'hankasalmi', role: 'participant', joinsOn: '2021-05-01' }] });
    const history = [laterJoiner, ...approvedAndSignedBy(['jyvaskyla', 'laukaa'])];
    given(history).when(enterIntoForce()).thenEmits([enteredIntoForce()]);
    given(history).when(enterIntoForce({ effectiveFrom: '2021-05-01' })).thenThrows(PartiesNotReady);
  });
  it('does not wait for a party that withdrew before the effective date', () => {
    given([drafted, ...approvedAndSignedBy(['jyvaskyla', 'laukaa']), withdrew('hankasalmi', '2020-12-31')])
      .when(enterIntoForce())
      .thenEmits([enteredIntoForce()]);
  });
});

describe('JoinParty', () => {
  it('refuses an agreement that does not exist', () => {
    given([]).when(joinParty({ partyId: 'muurame', joinsOn: '2021-05-01' })).thenThrows(AgreementNotFound);
  });
  it('refuses an unregistered party', () => {
    given(inForce)
      .when(joinParty({ partyId: 'muurame', joinsOn: '2021-05-01', partyType: undefined }))
      .thenThrows(UnregisteredParty, 'partyId');
  });
  it('admits a registered party', () => {
    given(inForce)
      .when(joinParty({ partyId: 'muurame', joinsOn: '2021-05-01' }))
      .thenEmits([joined('muurame', '2021-05-01')]);
  });
  it('refuses a party that already is one', () => {
    given(inForce).when(joinParty({ partyId: 'laukaa', joinsOn: '2021-05-01' })).thenThrows(AlreadyAParty);
  });
  it('refuses a rejoin before the withdrawal has taken effect', () => {
    given([...inForce, withdrew('laukaa', '2022-06-30')])
      .when(joinParty({ partyId: 'laukaa', joinsOn: '2022-06-30' }))
      .thenThrows(AlreadyAParty);
  });
  it('readmits a party after its withdrawal', () => {
    given([...inForce, withdrew('laukaa', '2022-06-30')])
      .when(joinParty({ partyId: 'laukaa', joinsOn: '2022-07-01' }))
      .thenEmits([joined('laukaa', '2022-07-01')]);
  });
  it('refuses a join date outside the term', () => {
    given(inForce).when(joinParty({ partyId: 'muurame', joinsOn: '2025-01-01' })).thenThrows(DateOutsideTerm, 'joinsOn');
  });
  it('accepts a join on the last day of the term', () => {
    given(inForce).when(joinParty({ partyId: 'muurame', joinsOn: ENDS_ON })).thenEmits([joined('muurame', ENDS_ON)]);
  });
  it('refuses a join date that is not on the calendar', () => {
    given(inForce).when(joinParty({ partyId: 'muurame', joinsOn: '2021-04-31' })).thenThrows(InvalidCalendarDate, 'joinsOn');
  });
});

describe('WithdrawParty', () => {
  it('refuses a party that is not a party', () => {
    given(inForce)
      .when(withdrawParty({ partyId: 'muurame', effectiveOn: '2022-12-31' }))
      .thenThrows(NotAPartyOfAgreement, 'partyId');
  });
  it('records the withdrawal of a party', () => {
    given(inForce).when(withdrawParty({ partyId: 'laukaa', effectiveOn: '2022-12-31' })).thenEmits([withdrew('laukaa', '2022-12-31')]);
  });
  it('refuses a party that has already withdrawn', () => {
    given([...inForce, withdrew('laukaa', '2022-12-31')])
      .when(withdrawParty({ partyId: 'laukaa', effectiveOn: '2023-12-31' }))
      .thenThrows(AlreadyWithdrawn);
  });
  it('accepts a second withdrawal after a rejoin', () => {
    given([...inForce, withdrew('laukaa', '2021-12-31'), joined('laukaa', '2023-01-01')])
      .when(withdrawParty({ partyId: 'laukaa', effectiveOn: '2023-12-31' }))
      .thenEmits([withdrew('laukaa', '2023-12-31')]);
  });
  it('refuses a withdrawal effective earlier than the day before joining', () => {
    given([...inForce, joined('muurame', '2021-05-01')])
      .when(withdrawParty({ partyId: 'muurame', effectiveOn: '2021-04-29' }))
      .thenThrows(WithdrawalBeforeJoining, 'effectiveOn');
  });
  it('accepts backing out the day before joining', () => {
    given([...inForce, joined('muurame', '2021-05-01')])
      .when(withdrawParty({ partyId: 'muurame', effectiveOn: '2021-04-30' }))
      .thenEmits([withdrew('muurame', '2021-04-30')]);
  });
  it('refuses an effective date that is not on the calendar', () => {
    given(inForce)
      .when(withdrawParty({ partyId: 'laukaa', effectiveOn: '2022-02-29' }))
      .thenThrows(InvalidCalendarDate, 'effectiveOn');
  });
});

describe('RecordReview', () => {
  const finding = { obligationId: 'costs', partyId: 'laukaa', status: 'met' as const };
  const reviewed = (overrides = {}) => ({
    type: 'AnnualReviewRecorded' as const,
    schemaVersion: 1 as const,
    data: { year: 2021, heldOn: '2021-11-15', meeting: 'Yhteistyöryhmä', actions: [], findings: [], ...overrides },
  });

  it('refuses an agreement that does not exist', () => {
    given([]).when(recordReview()).thenThrows(AgreementNotFound);
  });
  it('refuses an agreement that has never been in force', () => {
    given([drafted]).when(recordReview()).thenThrows(AgreementNotInForce);
  });
  it('records a review of an agreement in force', () => {
    given(inForce).when(recordReview({ findings: [finding] })).thenEmits([reviewed({ findings: [finding] })]);
  });
  it('records a review after termination', () => {
    given([...inForce, terminated('2021-12-31')]).when(recordReview()).thenEmits([reviewed()]);
  });
  it('refuses a finding on an obligation the party does not carry', () => {
    given(inForce)
      .when(recordReview({ findings: [finding, { ...finding, obligationId: 'service' }] }))
      .thenThrows(InvalidReview, 'findings[1]');
  });
  it('refuses a finding for a year the obligation did not apply', () => {
    given(inForce).when(recordReview({ year: 2025, heldOn: '2025-05-15', findings: [finding] })).thenThrows(InvalidReview, 'findings[0]');
  });
  it('refuses a next review due no later than this one', () => {
    given(inForce).when(recordReview({ nextReviewDue: '2021-11-15' })).thenThrows(InvalidReview, 'nextReviewDue');
  });
  it('records when the next review is due', () => {
    given(inForce).when(recordReview({ nextReviewDue: '2022-11-30' })).thenEmits([reviewed({ nextReviewDue: '2022-11-30' })]);
  });
  it('refuses a meeting date that is not on the calendar', () => {
    given(inForce).when(recordReview({ heldOn: '2021-09-31' })).thenThrows(InvalidCalendarDate, 'heldOn');
  });
});

describe('TerminateAgreement', () => {
  it('refuses an agreement that does not exist', () => {
    given([]).when(terminateAgreement()).thenThrows(AgreementNotFound);
  });
  it('terminates an agreement', () => {
    given(inForce).when(terminateAgreement()).thenEmits([terminated('2022-12-31')]);
  });
  it('refuses an agreement already terminated', () => {
    given([...inForce, terminated('2022-12-31')]).when(terminateAgreement()).thenThrows(AlreadyTerminated);
  });
  it('refuses an effective date that is not on the calendar', () => {
    given(inForce).when(terminateAgreement({ effectiveOn: '2022-06-31' })).thenThrows(InvalidCalendarDate, 'effectiveOn');
  });
  it('refuses an effective date before 1900, which date arithmetic would read as another century', () => {
    given(inForce).when(terminateAgreement({ effectiveOn: '0050-06-30' })).thenThrows(InvalidCalendarDate, 'effectiveOn');
  });
  it('refuses a reason longer than the limit the API states', () => {
    given(inForce).when(terminateAgreement({ reason: 'x'.repeat(TEXT_LIMITS.reason + 1) })).thenThrows(InvalidCommand, 'reason');
  });
  it('refuses a reason holding a lone surrogate, which could not be stored as UTF-8', () => {
    given(inForce).when(terminateAgreement({ reason: 'Loppuu\ud800' })).thenThrows(InvalidCommand, 'reason');
  });

  const afterTermination: [string, AgreementCommand][] = [
    ['a revision', reviseDraft(termsInput())],
    ['a decision', recordDecision({ partyId: 'laukaa' })],
    ['a signature', recordSignature({ partyId: 'laukaa' })],
    ['an entry into force', enterIntoForce()],
    ['a join', joinParty({ partyId: 'muurame', joinsOn: '2021-05-01' })],
    ['a withdrawal', withdrawParty({ partyId: 'laukaa', effectiveOn: '2022-12-31' })],
  ];
  it.each(afterTermination)('refuses %s after termination', (_case, command) => {
    given([drafted, terminated('2020-12-31')]).when(command).thenThrows(AgreementTerminatedError);
  });
});
