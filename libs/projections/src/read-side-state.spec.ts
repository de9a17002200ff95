import { evolveAgreement, initialAgreementState, type AgreementEvent, type AgreementState } from '@pacta/domain';
import fc from 'fast-check';
import { readSideJson, readSideState, type WrittenVersion } from './read-side-state';
import { HistoryBuilder, stepArbitrary } from './testing/random-history';

function agreementEventsOf(steps: Parameters<HistoryBuilder['step']>[0][]) {
  const history = new HistoryBuilder();
  steps.forEach((step) => history.step(step));
  return history.pending.filter(({ streamId }) => streamId.startsWith('agreement-'));
}

describe('readSideJson', () => {
  it('writes what JSON.stringify writes of the read-side state, after every event, reusing what was written before', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 60 }), (steps) => {
        const states = new Map<string, { state: AgreementState; written?: WrittenVersion[] }>();
        for (const { streamId, events } of agreementEventsOf(steps)) {
          for (const event of events) {
            const before = states.get(streamId) ?? { state: initialAgreementState };
            const state = evolveAgreement(before.state, event as AgreementEvent);
            const { json, versions } = readSideJson(state, before.written);
            expect(json).toBe(JSON.stringify(readSideState(state)));
            states.set(streamId, { state, written: versions });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('serialises terms and lists again when they are not the ones written or an extension of them', () => {
    const drafted = evolveAgreement(initialAgreementState, {
      type: 'AgreementDrafted',
      schemaVersion: 1,
      data: { agreementId: 'ag-1', kind: 'family-law', version: 1, terms: { parties: [], obligations: [] } },
    } as unknown as AgreementEvent);
    const decision = { partyId: 'kunta-a', body: 'kunnanhallitus', meetingDate: '2021-01-01', section: '§ 1', outcome: 'tabled', version: 1 };
    const decided = (decisions: object[]): AgreementState => ({
      ...drafted,
      versions: [{ ...drafted.versions[0], decisions: decisions as AgreementState['versions'][0]['decisions'] }],
    });
    const { versions: written } = readSideJson(decided([decision, { ...decision, outcome: 'approved' }]));
    const replaced = decided([decision, { ...decision, outcome: 'rejected' }]);
    expect(readSideJson(replaced, written).json).toBe(JSON.stringify(readSideState(replaced)));
    const shorter = decided([decision]);
    expect(readSideJson(shorter, written).json).toBe(JSON.stringify(readSideState(shorter)));
    const otherTerms: AgreementState = { ...replaced, versions: [{ ...replaced.versions[0], terms: { parties: [], obligations: [], title: 'toinen' } as never }] };
    expect(readSideJson(otherTerms, written).json).toBe(JSON.stringify(readSideState(otherTerms)));
  });
});
