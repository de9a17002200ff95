import { decoderOf, streamNaming, type Decider } from '../decider';
import { PROGRAMME_EVENT_TYPES } from '../events';
import {
  AlreadyDeclined,
  BindingBeingRecorded,
  DateInTheFuture,
  InvalidCommand,
  PartyBoundByProgramme,
  PartyDeclinedProgramme,
  ProgrammeAlreadyRegistered,
  ProgrammeNotFound,
  UnregisteredParty,
} from '../errors';
import { parseOrThrow, type InvalidFieldError } from '../validation';
import type { DeclineProgramme, ProgrammeCommand, RegisterProgramme, ReserveBinding } from './programme.commands';
import {
  programmeBindingReservedData,
  programmeDeclinedData,
  programmeRegisteredData,
  type ProgrammeBindingReservedData,
  type ProgrammeDeclinedData,
  type ProgrammeEvent,
} from './programme.events';

export interface ProgrammeState {
  exists: boolean;
  programmeId: string;
  hostPartyId: string;
  /** In the order they were recorded. */
  declines: ProgrammeDeclinedData[];
  /** The parties its agreements were about to bind, in the order recorded. */
  reservations: ProgrammeBindingReservedData[];
}

export const initialProgrammeState: ProgrammeState = { exists: false, programmeId: '', hostPartyId: '', declines: [], reservations: [] };

/**
 * How long a reservation whose agreement does not bind the party holds off the party's decline: long enough for the
 * agreement's own event to follow it, short enough that one whose agreement was never written (its command failed
 * after the reservation) soon stops counting.
 */
export const RESERVATION_HOLDS_MS = 60_000;

const held = (reservation: ProgrammeBindingReservedData, at: string) => Date.parse(at) - Date.parse(reservation.at) < RESERVATION_HOLDS_MS;

/** The parties that declined: what an agreement of the programme may not bind. */
export const declinedPartyIds = (state: ProgrammeState): string[] => state.declines.map((decline) => decline.partyId);

export function decideProgramme(command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  switch (command.type) {
    case 'RegisterProgramme':
      return registerProgramme(command, state);
    case 'DeclineProgramme':
      return declineProgramme(command, state);
    case 'ReserveBinding':
      return reserveBinding(command, state);
  }
}

export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammeRegistered':
      return { ...state, exists: true, programmeId: event.data.programmeId, hostPartyId: event.data.hostPartyId };
    case 'ProgrammeDeclined':
      return { ...state, declines: [...state.declines, event.data] };
    case 'ProgrammeBindingReserved':
      return { ...state, reservations: [...state.reservations, event.data] };
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
  // A reservation the handler did not read the agreement of was written after it looked: its agreement may bind now.
  const pending = state.reservations.filter(
    (reservation) =>
      reservation.partyIds.includes(partyId) && (!command.checkedAgreementIds.includes(reservation.agreementId) || held(reservation, command.at)),
  );
  if (pending.length > 0) {
    const agreements = [...new Set(pending.map((reservation) => reservation.agreementId))].join(', ');
    throw new BindingBeingRecorded(`${agreements} of programme ${state.programmeId} is being recorded binding ${partyId}; try again shortly`, 'partyId');
  }
  return [{ type: 'ProgrammeDeclined', schemaVersion: 1, data }];
}

/**
 * Reserves the parties an agreement's event is about to bind, unless one declined. A reservation already held for the
 * same agreement and parties (the agreement's command tried again) is not written twice.
 */
function reserveBinding(command: ReserveBinding, state: ProgrammeState): ProgrammeEvent[] {
  if (!state.exists) throw new ProgrammeNotFound(`programme ${command.programmeId} is not registered`);
  const { agreementId, partyIds, fields, at } = command;
  const declined = new Set(declinedPartyIds(state));
  const index = partyIds.findIndex((partyId) => declined.has(partyId));
  if (index >= 0) {
    throw new PartyDeclinedProgramme(`${partyIds[index]} declined programme ${state.programmeId}; it cannot be bound by its agreements`, fields[index]);
  }
  const already = state.reservations.some(
    (reservation) => reservation.agreementId === agreementId && held(reservation, at) && partyIds.every((partyId) => reservation.partyIds.includes(partyId)),
  );
  if (already) return [];
  return [{ type: 'ProgrammeBindingReserved', schemaVersion: 1, data: parseOrThrow(programmeBindingReservedData, { agreementId, partyIds, at }, invalidCommand) }];
}
