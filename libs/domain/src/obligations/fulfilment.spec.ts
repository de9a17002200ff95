import { agreementDecider } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import type { Obligation } from '../agreements/terms';
import { AgreementNotFound, AlreadyFulfilled, InvalidCommand, ObligationNotOwed } from '../errors';
import {
  approvedAndSignedBy,
  draftedWith,
  enteredIntoForce,
  FOUNDING_PARTIES,
  fulfilled,
  recordFulfilment,
  stateAfter,
  termsInput,
  TODAY,
} from '../testing/fixtures';
import { givenFor } from '../testing/given';
import { obligationRows } from './expand';

const given = givenFor(agreementDecider);

const transfer: Obligation = {
  id: 'transfer',
  type: 'transfer-of-undertaking',
  obligor: { partyId: 'laukaa' },
  description: { fi: 'Liikkeen luovutus Jyväskylälle' },
  recurrence: 'once',
  dueOn: '2021-05-01',
};
const inForce: AgreementEvent[] = [
  draftedWith({ obligations: [...termsInput().obligations, transfer] }),
  ...approvedAndSignedBy(FOUNDING_PARTIES),
  enteredIntoForce(),
];

/** Laukaa's transfer rows: valid time and whether overdue. */
const transferRows = (events: AgreementEvent[]) =>
  obligationRows(stateAfter(events))
    .filter((row) => row.obligationId === 'transfer')
    .map(({ partyId, validFrom, validTo, dueOn, overdue }) => ({ partyId, validFrom, validTo, dueOn, overdue }));

describe('RecordFulfilment', () => {
  it('given a once obligation in force, when its obligor fulfils it, then the fulfilment is recorded with its source', () => {
    const source = { document: 'Perheoikeudellisten palvelujen sopimus', reference: 'kohta 5' };
    given(inForce)
      .when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2021-05-01', source }))
      .thenEmits([{ ...fulfilled('transfer', 'laukaa', '2021-05-01'), data: { ...fulfilled('transfer', 'laukaa', '2021-05-01').data, source } }]);
  });

  it('refuses a second fulfilment of the same obligation by the same party', () => {
    given([...inForce, fulfilled('transfer', 'laukaa', '2021-05-01')])
      .when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa' }))
      .thenThrows(AlreadyFulfilled);
  });

  it('refuses to fulfil a continuing obligation', () => {
    given(inForce).when(recordFulfilment({ obligationId: 'costs', partyId: 'laukaa' })).thenThrows(ObligationNotOwed, 'obligationId');
  });

  it('refuses an obligation no version in force has', () => {
    given(inForce.slice(0, -1)).when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa' })).thenThrows(ObligationNotOwed, 'obligationId');
  });

  it('refuses a party that does not owe the obligation', () => {
    given(inForce).when(recordFulfilment({ obligationId: 'transfer', partyId: 'hankasalmi' })).thenThrows(ObligationNotOwed, 'partyId');
  });

  it('refuses a fulfilment dated after today', () => {
    given(inForce)
      .when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2025-06-02', today: TODAY }))
      .thenThrows(InvalidCommand, 'fulfilledOn');
  });

  it('refuses a fulfilment before the obligation binds the party', () => {
    given(inForce)
      .when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2020-12-31' }))
      .thenThrows(InvalidCommand, 'fulfilledOn');
  });

  it('refuses an agreement that does not exist', () => {
    given([]).when(recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa' })).thenThrows(AgreementNotFound);
  });
});

describe('a once obligation in the obligation rows', () => {
  it('given it is not fulfilled, then it is owed up to its due date and overdue after it, with no end', () => {
    expect(transferRows(inForce)).toEqual([
      { partyId: 'laukaa', validFrom: '2021-01-01', validTo: '2021-05-01', dueOn: '2021-05-01', overdue: false },
      { partyId: 'laukaa', validFrom: '2021-05-02', validTo: '2024-12-31', dueOn: '2021-05-01', overdue: true },
    ]);
  });

  it('given it was fulfilled late, then it is overdue only until the day before the fulfilment', () => {
    expect(transferRows([...inForce, fulfilled('transfer', 'laukaa', '2021-06-15')])).toEqual([
      { partyId: 'laukaa', validFrom: '2021-01-01', validTo: '2021-05-01', dueOn: '2021-05-01', overdue: false },
      { partyId: 'laukaa', validFrom: '2021-05-02', validTo: '2021-06-14', dueOn: '2021-05-01', overdue: true },
    ]);
  });

  it('given it was fulfilled on its due date, then it is owed up to the day before and never overdue', () => {
    expect(transferRows([...inForce, fulfilled('transfer', 'laukaa', '2021-05-01')])).toEqual([
      { partyId: 'laukaa', validFrom: '2021-01-01', validTo: '2021-04-30', dueOn: '2021-05-01', overdue: false },
    ]);
  });

  it('leaves the continuing obligations of the same party as they were', () => {
    const costs = (events: AgreementEvent[]) => obligationRows(stateAfter(events)).filter((row) => row.obligationId !== 'transfer');
    expect(costs([...inForce, fulfilled('transfer', 'laukaa', '2021-05-01')])).toEqual(costs(inForce));
  });

  it('names the place the terms give for it', () => {
    const office = { id: 'office', kind: 'office' as const, municipality: 'jyvaskyla' };
    const events: AgreementEvent[] = [
      draftedWith({ locations: [office], obligations: [{ ...transfer, at: 'office' }] }),
      ...approvedAndSignedBy(FOUNDING_PARTIES),
      enteredIntoForce(),
    ];
    expect(obligationRows(stateAfter(events)).map((row) => row.location)).toEqual([office, office]);
  });
});
