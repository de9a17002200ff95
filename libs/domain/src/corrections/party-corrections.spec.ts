import { InvalidCorrection, RetractionRefused } from '../errors';
import type { CorrectPartyFact } from '../parties/party.commands';
import { evolveParty, initialPartyState, partyDecider } from '../parties/party.decider';
import type { PartyEvent, PartyRegistered, PartyRenamed, PopulationRecorded } from '../parties/party.events';
import { givenFor } from '../testing/given';
import type { FactCorrected } from './fact-corrected';

const given = givenFor(partyDecider);
const TODAY = '2025-06-01';
const AT = '2025-06-01T09:00:00.000Z';
const ID = '0193e0a4-0000-7000-8000-000000000001';

const registered: PartyRegistered = {
  type: 'PartyRegistered',
  schemaVersion: 1,
  data: { partyId: 'laukaa', name: { fi: 'Laukan kunta' }, type: 'municipality', municipalityCode: '410' },
};
const population: PopulationRecorded = {
  type: 'PopulationRecorded',
  schemaVersion: 1,
  data: { partyId: 'laukaa', year: 2020, population: 19_000, source: 'Tilastokeskus' },
};

function correct(recorded: PartyEvent, change: { replacement?: object; retract?: true }): CorrectPartyFact {
  return { type: 'CorrectPartyFact', today: TODAY, at: AT, by: 'registrar-1', partyId: 'laukaa', eventId: ID, recorded, reason: 'Kirjoitusvirhe', ...change };
}

function corrected(recorded: PartyEvent, change: { replacement?: Record<string, unknown>; retracted?: true }): FactCorrected {
  return {
    type: 'FactCorrected',
    schemaVersion: 1,
    data: { eventId: ID, correctedType: recorded.type, was: recorded.data, ...change, reason: 'Kirjoitusvirhe', correctedBy: 'registrar-1', correctedAt: AT },
  };
}

const stateAfter = (events: PartyEvent[]) => events.reduce(evolveParty, initialPartyState);

describe('correcting a party fact', () => {
  it('given a misspelt registered name, when corrected, then the party has the corrected name and the trail', () => {
    const replacement = { ...registered.data, name: { fi: 'Laukaan kunta' } };
    given([registered]).when(correct(registered, { replacement })).thenEmits([corrected(registered, { replacement })]);
    const state = stateAfter([registered, corrected(registered, { replacement })]);
    expect(state.name).toEqual({ fi: 'Laukaan kunta' });
    expect(state.corrections).toHaveLength(1);
  });

  it('given a rename after the registration, when the registered name is corrected, then the later name stays', () => {
    const renamed: PartyRenamed = { type: 'PartyRenamed', schemaVersion: 1, data: { partyId: 'laukaa', name: { fi: 'Laukaa' } } };
    const replacement = { ...registered.data, name: { fi: 'Laukaan kunta' } };
    expect(stateAfter([registered, renamed, corrected(registered, { replacement })]).name).toEqual({ fi: 'Laukaa' });
  });

  it('given a population figure, when it is retracted, then the year has no figure', () => {
    given([registered, population]).when(correct(population, { retract: true })).thenEmits([corrected(population, { retracted: true })]);
    expect(stateAfter([registered, population, corrected(population, { retracted: true })]).populations).toEqual({});
  });

  it('given a population figure, when corrected to another year, then it is refused: retract it and record the right year', () => {
    given([registered, population])
      .when(correct(population, { replacement: { ...population.data, year: 2021 } }))
      .thenThrows(InvalidCorrection, 'replacement.year');
  });

  it('given a registration, when it is retracted, then it is refused: agreements rest on it', () => {
    given([registered]).when(correct(registered, { retract: true })).thenThrows(RetractionRefused);
  });
});
