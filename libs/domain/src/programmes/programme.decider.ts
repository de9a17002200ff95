import { decoderOf, streamNaming, type Decider } from '../decider';
import { PROGRAMME_EVENT_TYPES } from '../events';
import {
  AlreadyDeclined,
  DateInTheFuture,
  InvalidCommand,
  PartyBoundByProgramme,
  ProgrammeAlreadyRegistered,
  ProgrammeNotFound,
  UnregisteredParty,
} from '../errors';
import { parseOrThrow, type InvalidFieldError } from '../validation';
import type { DeclineProgramme, ProgrammeCommand, RegisterProgramme } from './programme.commands';
import { programmeDeclinedData, programmeRegisteredData, type ProgrammeDeclinedData, type ProgrammeEvent } from './programme.events';

export interface ProgrammeState {
  exists: boolean;
  programmeId: string;
  hostPartyId: string;
  /** In the order they were recorded. */
  declines: ProgrammeDeclinedData[];
}

export const initialProgrammeState: ProgrammeState = { exists: false, programmeId: '', hostPartyId: '', declines: [] };

/** The parties that declined: what an agreement of the programme may not bind. */
export const declinedPartyIds = (state: ProgrammeState): string[] => state.declines.map((decline) => decline.partyId);

export function decideProgramme(command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  switch (command.type) {
    case 'RegisterProgramme':
      return registerProgramme(command, state);
    case 'DeclineProgramme':
      return declineProgramme(command, state);
  }
}

export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammeRegistered':
      return { ...state, exists: true, programmeId: event.data.programmeId, hostPartyId: event.data.hostPartyId };
    case 'ProgrammeDeclined':
      return { ...state, declines: [...state.declines, event.data] };
  }
}

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  decide: decideProgramme,
  evolve: evolveProgramme,
  initialState: initialProgrammeState,
  stream: streamNaming('programme'),
  decode: decoderOf(PROGRAMME_EVENT_TYPES),
};

const invalidCommand: InvalidFieldError = (detail, field) => new InvalidCommand(detail, field);

function registerProgramme(command: RegisterProgramme, state: ProgrammeState): ProgrammeEvent[] {
  if (state.exists) throw new ProgrammeAlreadyRegistered(`programme ${command.programmeId} is already registered`);
  const { programmeId, kind, title, hostPartyId, source } = command;
  const data = parseOrThrow(programmeRegisteredData, { programmeId, kind, title, hostPartyId, source }, invalidCommand);
  if (!command.hostRegistered) throw new UnregisteredParty(`${hostPartyId} is not a registered party`, 'hostPartyId');
  return [{ type: 'ProgrammeRegistered', schemaVersion: 1, data }];
}

function declineProgramme(command: DeclineProgramme, state: ProgrammeState): ProgrammeEvent[] {
  if (!state.exists) throw new ProgrammeNotFound(`programme ${command.programmeId} is not registered`);
  const { partyId, decidedOn, source, assumed } = command;
  const data = parseOrThrow(programmeDeclinedData, { partyId, decidedOn, source, assumed }, invalidCommand);
  if (!command.partyRegistered) throw new UnregisteredParty(`${partyId} is not a registered party`, 'partyId');
  if (partyId === state.hostPartyId) {
    throw new InvalidCommand(`${partyId} hosts programme ${state.programmeId}; the host cannot decline it`, 'partyId');
  }
  if (data.decidedOn !== undefined && data.decidedOn > command.today) {
    throw new DateInTheFuture('decidedOn', data.decidedOn, command.today);
  }
  const earlier = state.declines.find((decline) => decline.partyId === partyId);
  if (earlier) throw new AlreadyDeclined(`${partyId} has already declined programme ${state.programmeId}`);
  if (command.bindingAgreementIds.length > 0) {
    const agreements = command.bindingAgreementIds.join(', ');
    throw new PartyBoundByProgramme(`${partyId} is bound by ${agreements} of programme ${state.programmeId}; record its withdrawal first`, 'partyId');
  }
  return [{ type: 'ProgrammeDeclined', schemaVersion: 1, data }];
}
