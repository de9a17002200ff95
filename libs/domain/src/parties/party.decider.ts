import { decoderOf, streamNaming, type Decider } from '../decider';
import { PARTY_EVENT_TYPES } from '../events';
import {
  InvalidBusinessId,
  InvalidCommand,
  InvalidMembers,
  InvalidMunicipalityCode,
  PartyAlreadyRegistered,
  PartyNotFound,
  UnregisteredParty,
} from '../errors';
import type { LocalizedText } from '../localized-text';
import { provenanceOf, type Assumed, type Source } from '../provenance';
import { applyPartyCorrection, decidePartyCorrection } from '../corrections/party-corrections';
import type { Correction } from '../corrections/fact-corrected';
import { parseOrThrow, type InvalidFieldError } from '../validation';
import type { PartyCommand, RecordPopulation, RegisterParty, RenameParty } from './party.commands';
import {
  partyRegisteredData,
  partyRenamedData,
  populationRecordedData,
  TYPES_WITH_MEMBERS,
  type PartyEvent,
  type PartyType,
} from './party.events';

export interface RecordedPopulation {
  population: number;
  source: string | Source;
  assumed?: Assumed;
}

export interface PartyState {
  exists: boolean;
  partyId: string;
  name: LocalizedText | null;
  type: PartyType | null;
  businessId?: string;
  municipalityCode?: string;
  memberIds: string[];
  /** Where the registration comes from, or what it assumes. */
  source?: Source;
  assumed?: Assumed;
  /** The corrections of its facts, oldest first; the facts above are as corrected. */
  corrections?: Correction[];
  /** Keyed by year; a later figure for the same year replaces the earlier one. */
  populations: Record<string, RecordedPopulation>;
}

export const initialPartyState: PartyState = {
  exists: false,
  partyId: '',
  name: null,
  type: null,
  memberIds: [],
  populations: {},
};

export function decideParty(command: PartyCommand, state: PartyState): PartyEvent[] {
  switch (command.type) {
    case 'RegisterParty':
      return registerParty(command, state);
    case 'RecordPopulation':
      return recordPopulation(command, state);
    case 'RenameParty':
      return renameParty(command, state);
    case 'CorrectPartyFact':
      return decidePartyCorrection(command, state);
  }
}

export const partyDecider: Decider<PartyCommand, PartyEvent, PartyState> = {
  decide: decideParty,
  evolve: evolveParty,
  initialState: initialPartyState,
  stream: streamNaming('party'),
  decode: decoderOf(PARTY_EVENT_TYPES),
};

export function evolveParty(state: PartyState, event: PartyEvent): PartyState {
  switch (event.type) {
    case 'PartyRegistered': {
      const { partyId, name, type, businessId, municipalityCode, memberIds = [], source, assumed } = event.data;
      return { ...state, exists: true, partyId, name, type, businessId, municipalityCode, memberIds, ...provenanceOf({ source, assumed }) };
    }
    case 'PopulationRecorded': {
      const { year, population, source, assumed } = event.data;
      return { ...state, populations: { ...state.populations, [year]: { population, source, ...(assumed && { assumed }) } } };
    }
    case 'PartyRenamed':
      return { ...state, name: event.data.name };
    case 'FactCorrected':
      return applyPartyCorrection(state, event.data);
  }
}

const invalidRegistration: InvalidFieldError = (detail, field) => {
  if (field === 'businessId') return new InvalidBusinessId(detail, field);
  if (field === 'municipalityCode') return new InvalidMunicipalityCode(detail, field);
  if (field.startsWith('memberIds')) return new InvalidMembers(detail, 'memberIds');
  return new InvalidCommand(detail, field);
};

const invalidCommand: InvalidFieldError = (detail, field) => new InvalidCommand(detail, field);

function registerParty(command: RegisterParty, state: PartyState): PartyEvent[] {
  if (state.exists) throw new PartyAlreadyRegistered(`party ${command.partyId} is already registered`);
  const data = parseOrThrow(
    partyRegisteredData,
    {
      partyId: command.partyId,
      name: command.name,
      type: command.partyType,
      businessId: command.businessId,
      municipalityCode: command.municipalityCode,
      memberIds: command.memberIds,
      source: command.source,
      assumed: command.assumed,
    },
    invalidRegistration,
  );
  if (data.municipalityCode !== undefined && data.type !== 'municipality') {
    throw new InvalidMunicipalityCode(`a ${data.type} has no municipality code`, 'municipalityCode');
  }
  if (data.memberIds) assertValidMembers(data.partyId, data.type, data.memberIds, command.knownPartyIds);
  return [{ type: 'PartyRegistered', schemaVersion: 1, data }];
}

function assertValidMembers(partyId: string, type: PartyType, memberIds: string[], knownPartyIds: string[]): void {
  if (!TYPES_WITH_MEMBERS.includes(type)) {
    throw new InvalidMembers(`a ${type} has no members; only ${TYPES_WITH_MEMBERS.join(' and ')} do`, 'memberIds');
  }
  if (memberIds.includes(partyId)) throw new InvalidMembers(`${partyId} cannot be its own member`, 'memberIds');
  const duplicate = memberIds.find((memberId, i) => memberIds.indexOf(memberId) !== i);
  if (duplicate) throw new InvalidMembers(`member ${duplicate} is listed twice`, 'memberIds');
  const unknownIndex = memberIds.findIndex((memberId) => !knownPartyIds.includes(memberId));
  if (unknownIndex >= 0) {
    throw new UnregisteredParty(`member ${memberIds[unknownIndex]} is not a registered party`, `memberIds[${unknownIndex}]`);
  }
}

function recordPopulation(command: RecordPopulation, state: PartyState): PartyEvent[] {
  assertExists(command.partyId, state);
  const { partyId, year, population, source, assumed } = command;
  const data = parseOrThrow(populationRecordedData, { partyId, year, population, source, assumed }, invalidCommand);
  return [{ type: 'PopulationRecorded', schemaVersion: 1, data }];
}

function renameParty(command: RenameParty, state: PartyState): PartyEvent[] {
  assertExists(command.partyId, state);
  const { partyId, name, effectiveOn } = command;
  const data = parseOrThrow(partyRenamedData, { partyId, name, effectiveOn }, invalidCommand);
  return [{ type: 'PartyRenamed', schemaVersion: 1, data }];
}

function assertExists(partyId: string, state: PartyState): void {
  if (!state.exists) throw new PartyNotFound(`party ${partyId} is not registered`);
}
