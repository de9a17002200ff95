import type { AgreementEvent } from '@pacta/domain';
import { approvedAndSignedBy, approvedBy, signedBy, drafted, enteredIntoForce, FOUNDING_PARTIES, inForce, joined, stateAfter, STARTS_ON, ENDS_ON, withdrew } from '../../../../domain/src/testing/fixtures';
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
});
