import type { PartyEvent } from '@pacta/domain';
import { projectParty } from './project';

const at = { revision: 3, position: 42 };

describe('projectParty', () => {
  it('given a party registered, then its row, with the revision and position it was registered at', () => {
    const registered: PartyEvent = {
      type: 'PartyRegistered',
      schemaVersion: 1,
      data: { partyId: 'liitto', name: { fi: 'Kuntayhtymä' }, type: 'joint-municipal-authority', memberIds: ['laukaa', 'muurame'] },
    };

    expect(projectParty('liitto', registered, at)).toEqual({
      insert: {
        partyId: 'liitto',
        name: '{"fi":"Kuntayhtymä"}',
        type: 'joint-municipal-authority',
        businessId: null,
        municipalityCode: null,
        memberIds: '["laukaa","muurame"]',
        revision: 3,
        position: 42,
      },
    });
  });

  it('given a population recorded, then the year’s population row, and the party row touched', () => {
    const recorded: PartyEvent = { type: 'PopulationRecorded', schemaVersion: 1, data: { partyId: 'laukaa', year: 2021, population: 19_000, source: 'Tilastokeskus' } };

    expect(projectParty('laukaa', recorded, at)).toEqual({
      population: { partyId: 'laukaa', year: 2021, population: 19_000, source: '"Tilastokeskus"', assumed: null },
      touch: { partyId: 'laukaa', revision: 3, position: 42 },
    });
  });

  it('given a party renamed, then its new name, and the party row touched', () => {
    const renamed: PartyEvent = { type: 'PartyRenamed', schemaVersion: 1, data: { partyId: 'laukaa', name: { fi: 'Laukaan kunta', sv: 'Laukas kommun' } } };

    expect(projectParty('laukaa', renamed, at)).toEqual({
      rename: { partyId: 'laukaa', name: '{"fi":"Laukaan kunta","sv":"Laukas kommun"}' },
      touch: { partyId: 'laukaa', revision: 3, position: 42 },
    });
  });

  it('given an event this version does not know, then only the party row touched', () => {
    expect(projectParty('laukaa', undefined, at)).toEqual({ touch: { partyId: 'laukaa', revision: 3, position: 42 } });
  });
});
