import { FOUNDING_PARTIES, approvedBy, drafted, inForce, joined, stateAfter, withPartyTypes, termsInput } from '../../../../domain/src/testing/fixtures';
import type { AgreementEvent } from '@pacta/domain';
import { projectAgreement, writtenAgreementOf, type WrittenAgreement } from './project';
import { readSideState } from './read-side-state';

/** The agreement after `events`, as the engine hands it over. */
const agreementAfter = (events: AgreementEvent[]) => ({ agreementId: 'ks-family-law', state: stateAfter(events), revision: events.length - 1, position: 100 + events.length });

describe('projectAgreement', () => {
  it('given a drafted agreement written for the first time, then its row with the terms apart, the terms row and its parties', () => {
    const { changes } = projectAgreement(agreementAfter([drafted]), undefined);

    const state = readSideState(stateAfter([drafted]));
    expect(JSON.parse(changes.upsert.state)).toEqual({ ...state, versions: state.versions.map((version) => ({ ...version, terms: null })) });
    expect(changes.upsert).toMatchObject({ agreementId: 'ks-family-law', kind: 'family-law', predecessorId: null, revision: 0, position: 101 });
    expect(changes.terms).toEqual([{ agreementId: 'ks-family-law', version: 1, terms: JSON.stringify(withPartyTypes(termsInput())) }]);
    expect(changes.parties).toEqual({ agreementId: 'ks-family-law', partyIds: FOUNDING_PARTIES, replace: false });
  });

  it('given the row written, when a decision is recorded, then only the row again: the terms and parties stand', () => {
    const { written } = projectAgreement(agreementAfter([drafted]), undefined);

    const { changes } = projectAgreement(agreementAfter([drafted, approvedBy('laukaa')]), written);

    expect(changes.terms).toEqual([]);
    expect(changes.parties).toBeUndefined();
    expect(JSON.parse(changes.upsert.state).versions[0].decisions).toEqual([
      { partyId: 'laukaa', body: 'kunnanhallitus', meetingDate: '2020-11-02', outcome: 'approved', version: 1 },
    ]);
  });

  it('given an agreement in force read back from the tables, when a party joins, then its parties are replaced', () => {
    const written: WrittenAgreement = writtenAgreementOf(stateAfter(inForce));

    const { changes } = projectAgreement(agreementAfter([...inForce, joined('muurame', '2022-01-01')]), written);

    expect(changes.terms).toEqual([]);
    expect(changes.parties).toEqual({ agreementId: 'ks-family-law', partyIds: [...FOUNDING_PARTIES, 'muurame'], replace: true });
  });
});
