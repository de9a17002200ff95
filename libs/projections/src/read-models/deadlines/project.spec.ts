import { approvedBy, drafted, ENDS_ON, inForce, joined, stateAfter } from '../../../../domain/src/testing/fixtures';
import { projectDeadlines, writtenDeadlinesOf } from './project';

const columns = (rows: { date: string; type: string; partyId: string | null }[]) => rows.map(({ date, type, partyId }) => [date, type, partyId]);

describe('projectDeadlines', () => {
  it('given a drafted agreement written for the first time, then a row for its term end, the deadline as JSON', () => {
    const { changes } = projectDeadlines('ks-family-law', stateAfter([drafted]), undefined);

    expect(changes?.replace).toBe(false);
    expect(columns(changes!.insert)).toEqual([[ENDS_ON, 'term-ends', null]]);
    expect(JSON.parse(changes!.insert[0].deadline)).toMatchObject({ agreementId: 'ks-family-law', kind: 'family-law', date: ENDS_ON, type: 'term-ends' });
  });

  it('given its deadlines written, when a decision is recorded, then no change', () => {
    const { written } = projectDeadlines('ks-family-law', stateAfter([drafted]), undefined);

    expect(projectDeadlines('ks-family-law', stateAfter([drafted, approvedBy('laukaa')]), written)).toEqual({ written });
  });

  it('given an agreement in force read back from the tables, when a party joins, then its rows are replaced, the join with them', () => {
    const { changes } = projectDeadlines('ks-family-law', stateAfter([...inForce, joined('muurame', '2022-01-01')]), writtenDeadlinesOf(stateAfter(inForce)));

    expect(changes?.replace).toBe(true);
    expect(columns(changes!.insert)).toEqual([
      [ENDS_ON, 'term-ends', null],
      ['2022-01-01', 'party-joins', 'muurame'],
    ]);
  });
});
