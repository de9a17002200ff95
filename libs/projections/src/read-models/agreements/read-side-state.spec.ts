import { agreementDecider, evolveAgreement, initialAgreementState, type AgreementEvent, type AgreementState } from '@pacta/domain';
import fc from 'fast-check';
import { readSideJson, readSideState, termsJsonOf, withTerms, writtenVersionsOf, type WrittenVersion } from './read-side-state';
import { HistoryBuilder, stepArbitrary } from '../../testing/random-history';

function agreementEventsOf(steps: Parameters<HistoryBuilder['step']>[0][]) {
  const history = new HistoryBuilder();
  steps.forEach((step) => history.step(step));
  return history.pending.filter(({ streamId }) => agreementDecider.stream.idOf(streamId) !== undefined);
}

/** What the agreements row holds: the read-side state's JSON with every version's terms null. */
const rowJson = (state: AgreementState) =>
  JSON.stringify({ ...readSideState(state), versions: readSideState(state).versions.map((version) => ({ ...version, terms: null })) });

/** An agreement_terms table of one agreement: version → terms JSON. */
type TermsRows = Map<number, string>;
interface Written {
  state: AgreementState;
  written?: WrittenVersion[];
  rows: TermsRows;
}
const termsRowsJson = (rows: TermsRows) => `{${[...rows].map(([version, json]) => `"${version}":${json}`).join(',')}}`;

/** Agreement ag-1, drafted with no parties and no obligations. */
const draftedAgreement = () =>
  evolveAgreement(initialAgreementState, {
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: { agreementId: 'ag-1', kind: 'family-law', version: 1, terms: { parties: [], obligations: [] } },
  } as unknown as AgreementEvent);

describe('readSideJson', () => {
  it('writes the state without its terms as JSON.stringify would, and every version’s terms when they change, across reloads', () => {
    fc.assert(
      fc.property(
        fc.array(stepArbitrary, { minLength: 1, maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        (steps, reloads) => {
          const agreements = new Map<string, Written>();
          agreementEventsOf(steps).forEach(({ streamId, events }, i) => {
            for (const event of events) {
              const before: Written = agreements.get(streamId) ?? { state: initialAgreementState, rows: new Map() };
              const state = evolveAgreement(before.state, event as AgreementEvent);
              const { json, newTerms, versions } = readSideJson(state, before.written);
              expect(json).toBe(rowJson(state));
              for (const terms of newTerms) before.rows.set(terms.version, terms.json);
              expect(before.rows).toEqual(new Map(state.versions.map((version) => [version.version, JSON.stringify(version.terms)])));
              expect(withTerms(json, termsRowsJson(before.rows))).toEqual(readSideState(state));
              expect(withTerms(json, termsJsonOf(state, versions))).toEqual(readSideState(state));
              // Taken back from the tables, as the projector does when the agreement left its cache.
              const reloaded = reloads[i % reloads.length] ? withTerms(json, termsRowsJson(before.rows)) : undefined;
              agreements.set(streamId, {
                state: reloaded ?? state,
                written: reloaded ? writtenVersionsOf(reloaded) : versions,
                rows: before.rows,
              });
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('serialises terms again when they are not the ones written, and lists in full', () => {
    const drafted = draftedAgreement();
    const decision = { partyId: 'kunta-a', body: 'kunnanhallitus', meetingDate: '2021-01-01', section: '§ 1', outcome: 'tabled', version: 1 };
    const decided = (decisions: object[]): AgreementState => ({
      ...drafted,
      versions: [{ ...drafted.versions[0], decisions: decisions as AgreementState['versions'][0]['decisions'] }],
    });
    const first = readSideJson(decided([decision, { ...decision, outcome: 'approved' }]));
    expect(first.newTerms).toEqual([{ version: 1, json: JSON.stringify(drafted.versions[0].terms) }]);
    const replaced = decided([decision, { ...decision, outcome: 'rejected' }]);
    expect(readSideJson(replaced, first.versions)).toMatchObject({ json: rowJson(replaced), newTerms: [] });
    const shorter = decided([decision]);
    expect(readSideJson(shorter, first.versions)).toMatchObject({ json: rowJson(shorter), newTerms: [] });
    const otherTerms: AgreementState = { ...replaced, versions: [{ ...replaced.versions[0], terms: { ...replaced.versions[0].terms, parties: [], obligations: [] } }] };
    expect(readSideJson(otherTerms, first.versions)).toEqual(
      expect.objectContaining({ json: rowJson(otherTerms), newTerms: [{ version: 1, json: JSON.stringify(otherTerms.versions[0].terms) }] }),
    );
  });

  it('refuses to take back a state whose version has no stored terms', () => {
    expect(() => withTerms(readSideJson(draftedAgreement()).json, null)).toThrow(/no terms for version 1 of agreement ag-1/);
  });
});
