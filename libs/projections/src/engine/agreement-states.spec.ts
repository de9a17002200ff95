import { evolveAgreement, type AgreementState } from '@pacta/domain';
import { approvedBy, drafted, stateAfter } from '../../../domain/src/testing/fixtures';
import { readSideJson, termsJsonOf } from '../read-models/agreements/read-side-state';
import { AgreementStates, type AgreementBacking, type CachedAgreement, type StoredAgreement } from './agreement-states';

/** A backing in memory that records what the cache asks of it. */
class RecordingBacking implements AgreementBacking {
  readonly stored = new Map<string, StoredAgreement>();
  readonly released: string[] = [];
  readonly openRowsAskedFor: string[] = [];

  constructor(readonly keepsWrittenJson: boolean) {}

  load(agreementId: string): StoredAgreement | undefined {
    return this.stored.get(agreementId);
  }

  release(agreement: CachedAgreement): void {
    this.released.push(agreement.agreementId);
    if (this.keepsWrittenJson) {
      const { stateJson, state, revision, position, open } = agreement;
      this.stored.set(agreement.agreementId, { stateJson: stateJson!, termsJson: termsJsonOf(state, agreement.agreement!.versions), revision, position, open });
    }
  }

  openRowsOf(agreementId: string): Map<string, number> {
    this.openRowsAskedFor.push(agreementId);
    return new Map([['1|service|jyvaskyla|host|2021-01-01|', 7]]);
  }
}

/** A cache of `capacity` whose writes record the agreement and hand the written JSON back, as the projector does. */
function cacheOver(backing: RecordingBacking, capacity: number) {
  const writes: string[] = [];
  const states: AgreementStates = new AgreementStates(backing, capacity, (agreement) => {
    writes.push(agreement.agreementId);
    const { json, versions } = readSideJson(agreement.state, agreement.agreement?.versions);
    agreement.agreement = { versions, parties: '' };
    states.written(agreement, json);
  });
  return { states, writes };
}

const drafting = (agreementId: string): AgreementState => evolveAgreement(stateAfter([]), { ...drafted, data: { ...drafted.data, agreementId } });

describe('AgreementStates', () => {
  it('given a full cache, when another agreement is asked for, then the least recently used is written if it changed and released', () => {
    const backing = new RecordingBacking(false);
    const { states, writes } = cacheOver(backing, 1);
    const first = states.get('ag-1');
    states.evolved(first, drafting('ag-1'), 0, 1);

    states.get('ag-2');

    expect(writes).toEqual(['ag-1']);
    expect(backing.released).toEqual(['ag-1']);
  });

  it('given an agreement the tables hold, when it is asked for, then it goes on from its stored state, its open rows asked for only when needed', () => {
    const backing = new RecordingBacking(false);
    const state = evolveAgreement(drafting('ag-1'), approvedBy('laukaa'));
    const { json, versions } = readSideJson(state);
    backing.stored.set('ag-1', { stateJson: json, termsJson: termsJsonOf(state, versions), revision: 1, position: 9 });
    const { states } = cacheOver(backing, 5);

    const agreement = states.get('ag-1');

    expect(agreement).toMatchObject({ revision: 1, position: 9, stateJson: undefined });
    expect(agreement.state.versions[0].decisions.map(({ partyId }) => partyId)).toEqual(['laukaa']);
    expect(backing.openRowsAskedFor).toEqual([]);
    expect(states.openRowsOf(agreement)).toEqual(new Map([['1|service|jyvaskyla|host|2021-01-01|', 7]]));
    expect(states.openRowsOf(agreement).size).toBe(1);
    expect(backing.openRowsAskedFor).toEqual(['ag-1']);
  });

  it('given a backing that keeps the written JSON (a rebuild’s spill), then an agreement released and taken back comes with it and its open rows', () => {
    const backing = new RecordingBacking(true);
    const { states, writes } = cacheOver(backing, 1);
    const first = states.get('ag-1');
    states.evolved(first, drafting('ag-1'), 0, 1);
    states.openRowsOf(first).set('1|costs|laukaa|participant|2021-01-01|', 3);
    states.writeChanged();
    states.evolved(states.get('ag-2'), drafting('ag-2'), 0, 2);

    const again = states.get('ag-1');

    expect(writes).toEqual(['ag-1', 'ag-2']);
    expect(backing.released).toEqual(['ag-1', 'ag-2']);
    expect(again.stateJson).toBe(backing.stored.get('ag-1')!.stateJson);
    expect(again.state.agreementId).toBe('ag-1');
    expect(again.open).toEqual(new Map([['1|costs|laukaa|participant|2021-01-01|', 3]]));
    expect(backing.openRowsAskedFor).toEqual([]);
  });
});
