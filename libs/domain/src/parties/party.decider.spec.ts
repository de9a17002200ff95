import {
  InvalidBusinessId,
  InvalidCalendarDate,
  InvalidCommand,
  InvalidMembers,
  InvalidMunicipalityCode,
  PartyAlreadyRegistered,
  PartyNotFound,
  UnregisteredParty,
} from '../errors';

import { givenFor } from '../testing/given';
import type { RecordPopulation, RegisterParty, RenameParty } from './party.commands';
import { evolveParty, initialPartyState, partyDecider } from './party.decider';
import type { PartyEvent, PartyRegistered, PopulationRecorded } from './party.events';

const given = givenFor(partyDecider);

const TODAY = '2025-06-01';

function registerParty(overrides: Partial<RegisterParty> = {}): RegisterParty {
  return {
    type: 'RegisterParty',
    today: TODAY,
    partyId: 'jyvaskyla',
    name: { fi: 'Jyväskylän kaupunki' },
    partyType: 'municipality',
    municipalityCode: '179',
    businessId: '0208201-1',
    knownPartyIds: [],
    ...overrides,
  };
}

const registered: PartyRegistered = {
  type: 'PartyRegistered',
  schemaVersion: 1,
  data: {
    partyId: 'jyvaskyla',
    name: { fi: 'Jyväskylän kaupunki' },
    type: 'municipality',
    businessId: '0208201-1',
    municipalityCode: '179',
  },
};

const unionRegistration = registerParty({
  partyId: 'wiitaunioni',
  name: { fi: 'Wiitaunioni' },
  partyType: 'association',
  municipalityCode: undefined,
  businessId: undefined,
  memberIds: ['viitasaari', 'pihtipudas'],
  knownPartyIds: ['viitasaari', 'pihtipudas'],
});

function recordPopulation(overrides: Partial<RecordPopulation> = {}): RecordPopulation {
  return {
    type: 'RecordPopulation',
    today: TODAY,
    partyId: 'jyvaskyla',
    year: 2020,
    population: 143_420,
    source: 'Tilastokeskus 31.12.2020',
    ...overrides,
  };
}

function populationRecorded(population: number, year = 2020): PopulationRecorded {
  return {
    type: 'PopulationRecorded',
    schemaVersion: 1,
    data: { partyId: 'jyvaskyla', year, population, source: 'Tilastokeskus 31.12.2020' },
  };
}

function renameParty(overrides: Partial<RenameParty> = {}): RenameParty {
  return { type: 'RenameParty', today: TODAY, partyId: 'jyvaskyla', name: { fi: 'Jyväskylä', sv: 'Jyväskylä' }, ...overrides };
}

describe('RegisterParty', () => {
  it('refuses a party registered before', () => {
    given([registered]).when(registerParty()).thenThrows(PartyAlreadyRegistered);
  });
  it('registers a new party', () => {
    given([]).when(registerParty()).thenEmits([registered]);
  });

  it('refuses a business id whose check digit does not verify', () => {
    given([]).when(registerParty({ businessId: '0208201-2' })).thenThrows(InvalidBusinessId, 'businessId');
  });
  it('registers a party without a business id', () => {
    const { businessId: _none, ...data } = registered.data;
    given([]).when(registerParty({ businessId: undefined })).thenEmits([{ ...registered, data }]);
  });

  it('refuses a municipality code that is not three digits', () => {
    given([]).when(registerParty({ municipalityCode: '17' })).thenThrows(InvalidMunicipalityCode, 'municipalityCode');
  });
  it('refuses a municipality code on anything but a municipality', () => {
    given([])
      .when(registerParty({ partyType: 'parish', businessId: undefined }))
      .thenThrows(InvalidMunicipalityCode, 'municipalityCode');
  });

  it('refuses members on a party that cannot have any', () => {
    given([])
      .when(registerParty({ memberIds: ['laukaa'], knownPartyIds: ['laukaa'] }))
      .thenThrows(InvalidMembers, 'memberIds');
  });
  it('registers a union with its members', () => {
    given([])
      .when(unionRegistration)
      .thenEmits([
        {
          type: 'PartyRegistered',
          schemaVersion: 1,
          data: { partyId: 'wiitaunioni', name: { fi: 'Wiitaunioni' }, type: 'association', memberIds: ['viitasaari', 'pihtipudas'] },
        },
      ]);
  });
  it('refuses a member listed twice', () => {
    given([])
      .when({ ...unionRegistration, memberIds: ['viitasaari', 'viitasaari'] })
      .thenThrows(InvalidMembers, 'memberIds');
  });
  it('refuses a party as its own member', () => {
    given([])
      .when({ ...unionRegistration, memberIds: ['wiitaunioni'], knownPartyIds: ['wiitaunioni'] })
      .thenThrows(InvalidMembers, 'memberIds');
  });
  it('refuses a member that is not registered, naming it', () => {
    given([])
      .when({ ...unionRegistration, knownPartyIds: ['viitasaari'] })
      .thenThrows(UnregisteredParty, 'memberIds[1]');
  });

  it('refuses an id that is not a slug', () => {
    given([]).when(registerParty({ partyId: 'Jyväskylä' })).thenThrows(InvalidCommand, 'partyId');
  });
  it('refuses a name without Finnish', () => {
    given([])
      .when(registerParty({ name: { fi: '', sv: 'Jyväskylä stad' } }))
      .thenThrows(InvalidCommand, 'name.fi');
  });
});

describe('RecordPopulation', () => {
  it('refuses a party that is not registered', () => {
    given([]).when(recordPopulation()).thenThrows(PartyNotFound);
  });
  it('records a population', () => {
    given([registered]).when(recordPopulation()).thenEmits([populationRecorded(143_420)]);
  });
  it.each([
    ['a year out of range', { year: 1800 }, 'year'],
    ['a negative population', { population: -1 }, 'population'],
    ['a fractional population', { population: 1.5 }, 'population'],
    ['an empty source', { source: ' ' }, 'source'],
  ])('refuses %s', (_case, overrides, field) => {
    given([registered]).when(recordPopulation(overrides)).thenThrows(InvalidCommand, field);
  });
  it('lets a later figure for the same year replace the earlier one', () => {
    const events: PartyEvent[] = [registered, populationRecorded(143_000), populationRecorded(143_420)];
    expect(events.reduce(evolveParty, initialPartyState).populations).toEqual({
      2020: { population: 143_420, source: 'Tilastokeskus 31.12.2020' },
    });
  });
});

describe('RenameParty', () => {
  it('refuses a party that is not registered', () => {
    given([]).when(renameParty()).thenThrows(PartyNotFound);
  });
  it('renames a party', () => {
    given([registered])
      .when(renameParty({ effectiveOn: '2026-01-01' }))
      .thenEmits([
        {
          type: 'PartyRenamed',
          schemaVersion: 1,
          data: { partyId: 'jyvaskyla', name: { fi: 'Jyväskylä', sv: 'Jyväskylä' }, effectiveOn: '2026-01-01' },
        },
      ]);
  });
  it('refuses an effective date that is not on the calendar', () => {
    given([registered]).when(renameParty({ effectiveOn: '2026-02-29' })).thenThrows(InvalidCalendarDate, 'effectiveOn');
  });
});
