import type { AgreementEvent } from '@pacta/domain';
import {
  approvedAndSignedBy,
  approvedBy,
  signedBy,
  drafted,
  draftedWith,
  enteredIntoForce,
  FOUNDING_PARTIES,
  fulfilled,
  inForce,
  joined,
  stateAfter,
  STARTS_ON,
  ENDS_ON,
  withdrew,
} from '../../../../domain/src/testing/fixtures';
import { obligationRowKey, projectObligations, type OpenRows } from './project';

/** What `when` changes, given `given` projected before it and its rows written with ids from 1. */
function projected(given: AgreementEvent[], when: AgreementEvent, open: OpenRows = openAfter(given)) {
  return projectObligations('ks-family-law', stateAfter([...given, when]), when, () => open);
}

function openAfter(events: AgreementEvent[]): OpenRows {
  const open = new Map<string, number>();
  events.forEach((event, i) => {
    const { close, insert } = projected(events.slice(0, i), event, open);
    for (const { key } of close) open.delete(key);
    for (const { key } of insert) open.set(key, open.size + 1);
  });
  return open;
}

const rowsOf = (changes: ReturnType<typeof projected>) =>
  changes.insert.map(({ row }) => [row.obligationId, row.partyId, row.validFrom, row.validTo]);

describe('projectObligations', () => {
  it('given an approved and signed draft, when it enters into force, then a row for each obliged party and its terms', () => {
    const changes = projected([drafted, ...approvedAndSignedBy(FOUNDING_PARTIES)], enteredIntoForce());

    expect(changes.close).toEqual([]);
    expect(rowsOf(changes)).toEqual([
      ['service', 'jyvaskyla', STARTS_ON, ENDS_ON],
      ['costs', 'laukaa', STARTS_ON, ENDS_ON],
      ['costs', 'hankasalmi', STARTS_ON, ENDS_ON],
    ]);
    expect(changes.terms.map(({ version, obligationId }) => [version, obligationId])).toEqual([
      [1, 'service'],
      [1, 'costs'],
    ]);
    expect(JSON.parse(changes.terms[1].terms)).toMatchObject({ costShare: { basis: 'population' }, recurrence: 'yearly' });
  });

  it('given an agreement in force, when a party withdraws, then its open row is closed and one ending on the withdrawal opens', () => {
    const open = openAfter(inForce);
    const laukaa = [...open].find(([key]) => key.includes('|laukaa|'))!;

    const changes = projected(inForce, withdrew('laukaa', '2022-06-30'));

    expect(changes.close).toEqual([{ key: laukaa[0], id: laukaa[1] }]);
    expect(rowsOf(changes)).toEqual([['costs', 'laukaa', STARTS_ON, '2022-06-30']]);
    expect(changes.insert[0].key).toBe(obligationRowKey(changes.insert[0].row));
    expect(changes.terms).toEqual([]);
  });

  it('given a party joining an agreement in force and approving, when it signs, then only its row opens: the others’ stay', () => {
    const changes = projected([...inForce, joined('muurame', '2022-01-01'), approvedBy('muurame')], signedBy('muurame', 1, '2021-12-15'));

    expect(changes.close).toEqual([]);
    expect(rowsOf(changes)).toEqual([['costs', 'muurame', '2022-01-01', ENDS_ON]]);
  });

  it('given a draft not in force, when a party joins, then nothing changes and the open rows are not asked for', () => {
    const open = () => {
      throw new Error('asked for the open rows');
    };

    const changes = projectObligations('ks-family-law', stateAfter([drafted, joined('muurame', '2022-01-01')]), joined('muurame', '2022-01-01'), open);

    expect(changes).toEqual({ close: [], insert: [], terms: [] });
  });

  describe('an obligation due once, met at a place', () => {
    const office = { id: 'office', kind: 'office' as const, municipality: 'jyvaskyla' };
    const transfer = {
      id: 'transfer',
      type: 'transfer-of-undertaking' as const,
      obligor: { partyId: 'laukaa' },
      description: { fi: 'Luovutus' },
      recurrence: 'once' as const,
      dueOn: '2021-05-01',
      at: 'office',
    };
    const approved = [draftedWith({ locations: [office], obligations: [transfer] }), ...approvedAndSignedBy(FOUNDING_PARTIES)];

    it('given its version approved, when it enters into force, then a row up to the due date and an overdue one after, and terms naming the place', () => {
      const changes = projected(approved, enteredIntoForce());

      expect(rowsOf(changes)).toEqual([
        ['transfer', 'laukaa', STARTS_ON, '2021-05-01'],
        ['transfer', 'laukaa', '2021-05-02', ENDS_ON],
      ]);
      expect(JSON.parse(changes.terms[0].terms)).toMatchObject({ dueOn: '2021-05-01', location: office });
    });

    it('given it in force, when it is fulfilled, then the overdue row closes and one ending the day before the fulfilment opens', () => {
      const given = [...approved, enteredIntoForce()];
      const overdue = [...openAfter(given)].find(([key]) => key.includes('|2021-05-02|'))!;

      const changes = projected(given, fulfilled('transfer', 'laukaa', '2021-06-15'));

      expect(changes.close).toEqual([{ key: overdue[0], id: overdue[1] }]);
      expect(rowsOf(changes)).toEqual([['transfer', 'laukaa', '2021-05-02', '2021-06-14']]);
    });
  });
});
