import { approvedAndSignedBy, drafted, draftedWith, enteredIntoForce, FOUNDING_PARTIES, inForce, joined, revised, stateAfter, termsInput } from '../testing/fixtures';
import { everyPartyId, joinsAfterEntryIntoForce, namedParties, shownVersionOn } from './agreement.state';

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

describe('shownVersionOn', () => {
  const second = { ...termsInput(), title: { fi: 'Toinen versio' } };
  const history = [...inForce, revised(2, second), ...approvedAndSignedBy(FOUNDING_PARTIES, 2), enteredIntoForce(2, '2023-01-01')];

  it('given a version in force on the date, shows it', () => {
    expect(shownVersionOn(stateAfter(history), '2022-06-01')).toMatchObject({ shown: { version: 1 }, inForce: { version: 1 } });
    expect(shownVersionOn(stateAfter(history), '2023-06-01')).toMatchObject({ shown: { version: 2 }, inForce: { version: 2 } });
  });

  it('given none in force yet, shows the latest draft', () => {
    const shown = shownVersionOn(stateAfter([drafted, revised(2, second)]), '2022-06-01');
    expect(shown?.shown.version).toBe(2);
    expect(shown?.inForce).toBeUndefined();
  });
});

describe('namedParties and everyPartyId', () => {
  it('given a join, names the terms’ parties then the joiner, and counts every party once', () => {
    const state = stateAfter([...inForce, joined('toivakka', '2022-03-01')]);
    expect(namedParties(state, state.versions[0]).map((party) => party.partyId)).toEqual([...FOUNDING_PARTIES, 'toivakka']);
    expect(namedParties(state, state.versions[0]).at(-1)).toMatchObject({ role: 'participant', joinsOn: '2022-03-01' });
    expect(everyPartyId(state)).toEqual([...FOUNDING_PARTIES, 'toivakka']);
  });
});
