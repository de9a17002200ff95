import type { AgreementEvent } from '../agreements/agreement.events';
import type { Obligation, TermsInput } from '../agreements/terms';
import {
  approvedAndSignedBy,
  approvedBy,
  drafted,
  draftedWith,
  ENDS_ON,
  enteredIntoForce,
  FOUNDING_PARTIES,
  inForce,
  joined,
  revised,
  signedBy,
  stateAfter,
  STARTS_ON,
  terminated,
  termsInput,
  withdrew,
} from '../testing/fixtures';
import { mayChangeObligations, obligationRows, type ObligationRow } from './expand';

type Interval = Pick<ObligationRow, 'version' | 'obligationId' | 'partyId' | 'validFrom' | 'validTo'>;

function intervals(events: AgreementEvent[]): Interval[] {
  return obligationRows(stateAfter(events)).map(({ version, obligationId, partyId, validFrom, validTo }) => ({
    version,
    obligationId,
    partyId,
    validFrom,
    validTo,
  }));
}


function inForceWith(overrides: Partial<TermsInput>, partyIds = FOUNDING_PARTIES): AgreementEvent[] {
  return [draftedWith(overrides), ...approvedAndSignedBy(partyIds), enteredIntoForce()];
}

const [service, costs] = termsInput().obligations;
const whole = { validFrom: STARTS_ON, validTo: ENDS_ON };

describe('obligationRows', () => {
  it('has no rows before a version enters into force', () => {
    expect(obligationRows(stateAfter([drafted, ...approvedAndSignedBy(FOUNDING_PARTIES)]))).toEqual([]);
  });

  it('expands selectors by party and role, in obligation then party order, over the term', () => {
    expect(intervals(inForce)).toEqual([
      { version: 1, obligationId: 'service', partyId: 'jyvaskyla', ...whole },
      { version: 1, obligationId: 'costs', partyId: 'laukaa', ...whole },
      { version: 1, obligationId: 'costs', partyId: 'hankasalmi', ...whole },
    ]);
  });

  it('carries what the read side shows: beneficiaries, clause, cost share', () => {
    const [serviceRow, costsRow] = obligationRows(stateAfter(inForce));
    expect(serviceRow).toMatchObject({
      agreementId: 'ks-family-law',
      kind: 'family-law',
      type: 'produce-service',
      partyType: 'municipality',
      role: 'host',
      beneficiary: { role: 'participant' },
      beneficiaryPartyIds: ['laukaa', 'hankasalmi'],
      clause: '3',
    });
    expect(costsRow).toMatchObject({ beneficiaryPartyIds: ['jyvaskyla'], costShare: { basis: 'population' }, recurrence: 'yearly' });
  });

  it('expands a party-type selector and "all"', () => {
    const parties: TermsInput['parties'] = [
      { partyId: 'jyvaskyla', role: 'host' },
      { partyId: 'laukaa', role: 'participant' },
      { partyId: 'keski-suomi-county', role: 'coordinator' },
    ];
    const premises: Obligation = { ...service, id: 'premises', obligor: { partyType: 'municipality' }, beneficiary: undefined };
    const participate: Obligation = { ...service, id: 'participate', type: 'participate', obligor: 'all', beneficiary: undefined };
    const rows = intervals(inForceWith({ parties, obligations: [premises, participate] }, ['jyvaskyla', 'laukaa', 'keski-suomi-county']));
    expect(rows.map((row) => `${row.obligationId}:${row.partyId}`)).toEqual([
      'premises:jyvaskyla',
      'premises:laukaa',
      'participate:jyvaskyla',
      'participate:laukaa',
      'participate:keski-suomi-county',
    ]);
  });

  it("intersects with the obligation's own validity and drops empty intervals", () => {
    const obligations = [
      { ...service, validFrom: '2022-01-01', validTo: '2022-12-31' },
      { ...costs, validTo: '2020-12-31' },
    ];
    expect(intervals(inForceWith({ obligations }))).toEqual([
      { version: 1, obligationId: 'service', partyId: 'jyvaskyla', validFrom: '2022-01-01', validTo: '2022-12-31' },
    ]);
  });

  it('keeps an open-ended term open', () => {
    expect(intervals(inForceWith({ term: { startsOn: STARTS_ON, endsOn: null } }))[0].validTo).toBeNull();
  });

  describe('a party joining later', () => {
    const parties: TermsInput['parties'] = [
      { partyId: 'jyvaskyla', role: 'host' },
      { partyId: 'laukaa', role: 'participant' },
      { partyId: 'hankasalmi', role: 'participant', joinsOn: '2021-05-01' },
    ];
    const inForceWithoutHankasalmi = [draftedWith({ parties }), ...approvedAndSignedBy(['jyvaskyla', 'laukaa']), enteredIntoForce()];
    const hankasalmiRows = (events: AgreementEvent[]) => intervals(events).filter((row) => row.partyId === 'hankasalmi');

    it('has nothing until it has approved and signed', () => {
      expect(hankasalmiRows(inForceWithoutHankasalmi)).toEqual([]);
      expect(hankasalmiRows([...inForceWithoutHankasalmi, approvedBy('hankasalmi')])).toEqual([]);
    });
    it('has nothing before its joinsOn', () => {
      expect(hankasalmiRows([...inForceWithoutHankasalmi, ...approvedAndSignedBy(['hankasalmi'])])).toEqual([
        { version: 1, obligationId: 'costs', partyId: 'hankasalmi', validFrom: '2021-05-01', validTo: ENDS_ON },
      ]);
    });
    it('starts on the signing day when it signs after its joinsOn', () => {
      const lateSignature = [...inForceWithoutHankasalmi, approvedBy('hankasalmi', 1, '2021-06-01'), signedBy('hankasalmi', 1, '2021-06-15')];
      expect(hankasalmiRows(lateSignature)[0].validFrom).toBe('2021-06-15');
    });
    it('applies to a party that joined by PartyJoined', () => {
      const muurameRows = intervals([...inForce, joined('muurame', '2021-05-01'), ...approvedAndSignedBy(['muurame'])]).filter(
        (row) => row.partyId === 'muurame',
      );
      expect(muurameRows).toEqual([{ version: 1, obligationId: 'costs', partyId: 'muurame', validFrom: '2021-05-01', validTo: ENDS_ON }]);
    });
  });

  it('ends rows on the withdrawal date, inclusive', () => {
    const laukaaRows = intervals([...inForce, withdrew('laukaa', '2022-06-30')]).filter((row) => row.partyId === 'laukaa');
    expect(laukaaRows).toEqual([{ version: 1, obligationId: 'costs', partyId: 'laukaa', validFrom: STARTS_ON, validTo: '2022-06-30' }]);
  });

  it('gives a party that withdrew and rejoined one row per membership', () => {
    const events = [...inForce, withdrew('laukaa', '2021-12-31'), joined('laukaa', '2023-01-01'), ...approvedAndSignedBy(['laukaa'])];
    const laukaaRows = intervals(events).filter((row) => row.partyId === 'laukaa');
    expect(laukaaRows.map((row) => [row.validFrom, row.validTo])).toEqual([
      [STARTS_ON, '2021-12-31'],
      ['2023-01-01', ENDS_ON],
    ]);
  });

  it('ends every row on the termination date', () => {
    const rows = intervals([...inForce, terminated('2022-12-31')]);
    expect(rows.map((row) => row.validTo)).toEqual(['2022-12-31', '2022-12-31', '2022-12-31']);
  });

  it("ends the previous version's rows the day before a new version enters into force", () => {
    const amended = termsInput({ title: { fi: 'Muutos 1' } });
    const rows = intervals([...inForce, revised(2, amended), ...approvedAndSignedBy(FOUNDING_PARTIES, 2), enteredIntoForce(2, '2022-01-01')]);
    expect(rows.filter((row) => row.partyId === 'laukaa')).toEqual([
      { version: 1, obligationId: 'costs', partyId: 'laukaa', validFrom: STARTS_ON, validTo: '2021-12-31' },
      { version: 2, obligationId: 'costs', partyId: 'laukaa', validFrom: '2022-01-01', validTo: ENDS_ON },
    ]);
  });
});

describe('obligations resting on an assumed record', () => {
  const ASSUMED = { assumed: { note: 'the minutes do not say who signed' } };
  const assumedParties = (events: AgreementEvent[]) =>
    [...new Set(obligationRows(stateAfter(events)).filter((row) => row.assumed).map((row) => row.partyId))];

  it('given every record stated in the documents, then no obligation is assumed', () => {
    expect(assumedParties(inForce)).toEqual([]);
  });

  it("given the obligor's signature assumed, then only that obligor's obligations are assumed", () => {
    const laukaaSignature = signedBy('laukaa');
    const events = [drafted, ...approvedAndSignedBy(['jyvaskyla', 'hankasalmi']), approvedBy('laukaa'), { ...laukaaSignature, data: { ...laukaaSignature.data, ...ASSUMED } }, enteredIntoForce()];
    expect(assumedParties(events)).toEqual(['laukaa']);
  });

  it("given the obligor's approval assumed, then its obligations are assumed", () => {
    const approval = approvedBy('hankasalmi');
    const events = [drafted, ...approvedAndSignedBy(['jyvaskyla', 'laukaa']), { ...approval, data: { ...approval.data, ...ASSUMED } }, signedBy('hankasalmi'), enteredIntoForce()];
    expect(assumedParties(events)).toEqual(['hankasalmi']);
  });

  it("given the entry into force assumed, then every party's obligations are assumed", () => {
    const entry = enteredIntoForce();
    const events = [drafted, ...approvedAndSignedBy(FOUNDING_PARTIES), { ...entry, data: { ...entry.data, ...ASSUMED } }];
    expect(assumedParties(events).sort()).toEqual([...FOUNDING_PARTIES].sort());
  });

  it('given an assumed join, then only the joiner\'s obligations are assumed', () => {
    const join = joined('muurame', '2021-05-01');
    const events = [...inForce, { ...join, data: { ...join.data, ...ASSUMED } }, ...approvedAndSignedBy(['muurame'])];
    expect(assumedParties(events)).toEqual(['muurame']);
  });
});

describe('mayChangeObligations', () => {
  it('given a draft only, no event changes obligations: only versions in force yield them', () => {
    const state = stateAfter([drafted]);
    expect(mayChangeObligations(state, approvedBy('laukaa'))).toBe(false);
    expect(mayChangeObligations(state, joined('toivakka', '2022-03-01'))).toBe(false);
  });

  it('given a version in force, a join, withdrawal or termination may change them', () => {
    const state = stateAfter(inForce);
    expect(mayChangeObligations(state, joined('toivakka', '2022-03-01'))).toBe(true);
    expect(mayChangeObligations(state, withdrew('laukaa', '2022-12-31'))).toBe(true);
    expect(mayChangeObligations(state, terminated('2023-12-31'))).toBe(true);
  });

  it('given a version in force, a decision or signature changes them only for a party joining after its entry', () => {
    const state = stateAfter([...inForce, joined('toivakka', '2022-03-01')]);
    expect(mayChangeObligations(state, approvedBy('toivakka'))).toBe(true);
    expect(mayChangeObligations(state, signedBy('laukaa'))).toBe(false);
  });
});
