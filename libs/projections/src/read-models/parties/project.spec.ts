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

  describe('given a correction', () => {
    const correction = (correctedType: string, was: Record<string, unknown>, change: { replacement?: Record<string, unknown>; retracted?: true }): PartyEvent => ({
      type: 'FactCorrected',
      schemaVersion: 1,
      data: { eventId: '0193e0a4-0000-7000-8000-000000000001', correctedType, was, ...change, reason: 'Korjaus', correctedBy: 'r', correctedAt: '2026-11-23T10:00:00.000Z' },
    });
    const figure = { partyId: 'laukaa', year: 2021, population: 19_000, source: 'Tilastokeskus' };
    const row = (population: number) => ({ partyId: 'laukaa', year: 2021, population, source: '"Tilastokeskus"', assumed: null });

    it('of a population figure, then the year’s row replaced only while it is that figure', () => {
      expect(projectParty('laukaa', correction('PopulationRecorded', figure, { replacement: { ...figure, population: 19_100 } }), at)).toEqual({
        correctPopulation: { was: row(19_000), now: row(19_100) },
        touch: { partyId: 'laukaa', revision: 3, position: 42 },
      });
    });

    it('retracting a population figure, then the year’s row deleted only while it is that figure', () => {
      expect(projectParty('laukaa', correction('PopulationRecorded', figure, { retracted: true }), at).correctPopulation).toEqual({ was: row(19_000) });
    });

    it('of a name, then the name replaced only while the party still has the name corrected', () => {
      const renamed = { partyId: 'laukaa', name: { fi: 'Laukan kunta' } };
      expect(projectParty('laukaa', correction('PartyRenamed', renamed, { replacement: { ...renamed, name: { fi: 'Laukaan kunta' } } }), at).correctName).toEqual({
        partyId: 'laukaa',
        was: '{"fi":"Laukan kunta"}',
        name: '{"fi":"Laukaan kunta"}',
      });
    });
  });
});
