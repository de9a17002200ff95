import { approvedAndSignedBy, drafted, draftedWith, enteredIntoForce, FOUNDING_PARTIES, inForce, joined, stateAfter, termsInput } from '../testing/fixtures';
import { joinsAfterEntryIntoForce } from './agreement.state';

describe('joinsAfterEntryIntoForce', () => {
  it('refuses a version that is not in force', () => {
    expect(joinsAfterEntryIntoForce(stateAfter([drafted]), 1, 'laukaa')).toBe(false);
  });

  it('refuses a founding party, bound from the start of the term', () => {
    expect(joinsAfterEntryIntoForce(stateAfter(inForce), 1, 'laukaa')).toBe(false);
  });

  it('accepts a party that joined after entry into force', () => {
    expect(joinsAfterEntryIntoForce(stateAfter([...inForce, joined('toivakka', '2022-03-01')]), 1, 'toivakka')).toBe(true);
  });

  it('accepts a listed party whose own joinsOn comes after entry into force', () => {
    const parties = [...termsInput().parties, { partyId: 'toivakka', role: 'participant' as const, joinsOn: '2022-03-01' }];
    const state = stateAfter([draftedWith({ parties }), ...approvedAndSignedBy(FOUNDING_PARTIES), enteredIntoForce()]);
    expect(joinsAfterEntryIntoForce(state, 1, 'toivakka')).toBe(true);
    expect(joinsAfterEntryIntoForce(state, 1, 'hankasalmi')).toBe(false);
  });
});
