import type { CalendarDate } from '../calendar/dates';
import { PartyDeclinedProgramme, UnregisteredProgramme } from '../errors';
import type { AgreementEvent } from './agreement.events';
import { currentMembership, type AgreementState } from './agreement.state';
import { statusOn } from './status';
import { partyField, partyIdsOf } from './valid-terms';

/** An agreement's programme as the handler found it: who declined it. Undefined when no such programme is registered. */
export interface ProgrammeDeclines {
  declinedPartyIds: readonly string[];
}

/**
 * A party that declined a programme is never bound by one of its agreements: it may not be named in the terms of
 * one, nor join one. `fieldOf(i)` names the field of `partyIds[i]`.
 */
export function assertNoneDeclined(
  programmeId: string | undefined,
  programme: ProgrammeDeclines | undefined,
  partyIds: readonly string[],
  fieldOf: (index: number) => string,
): void {
  if (programmeId === undefined) return;
  if (!programme) throw new UnregisteredProgramme(`programme ${programmeId} is not registered`, 'programmeId');
  const declined = new Set(programme.declinedPartyIds);
  const index = partyIds.findIndex((partyId) => declined.has(partyId));
  if (index >= 0) {
    throw new PartyDeclinedProgramme(`${partyIds[index]} declined programme ${programmeId}; it cannot be bound by its agreements`, fieldOf(index));
  }
}

/**
 * Whether the agreement binds the party on the date: it names or took in the party, the party has not withdrawn
 * before then, and the agreement has not ended. A party so bound cannot decline the agreement's programme.
 */
export function bindsParty(state: AgreementState, partyId: string, on: CalendarDate): boolean {
  const membership = currentMembership(state, partyId);
  if (!membership) return false;
  if (membership.withdrawnOn !== undefined && membership.withdrawnOn < on) return false;
  const status = statusOn(state, on);
  return status !== 'terminated' && status !== 'expired';
}

/** The parties an agreement's new events bind under its programme, and the field of the request naming each. */
export interface ProgrammeBinding {
  programmeId: string;
  partyIds: string[];
  fields: string[];
}

/**
 * What must be reserved on the programme's stream before these events are written: the parties a draft or revision
 * names, or the party that joins, when the agreement is one of a programme.
 */
export function bindingOf(events: readonly AgreementEvent[], state: AgreementState): ProgrammeBinding | undefined {
  for (const event of events) {
    switch (event.type) {
      case 'AgreementDrafted':
      case 'DraftRevised': {
        const programmeId = event.type === 'AgreementDrafted' ? event.data.programmeId : state.programmeId;
        const partyIds = partyIdsOf(event.data.terms);
        if (programmeId !== undefined) return { programmeId, partyIds, fields: partyIds.map((_, i) => partyField(i)) };
        break;
      }
      case 'PartyJoined':
        if (state.programmeId !== undefined) return { programmeId: state.programmeId, partyIds: [event.data.partyId], fields: ['partyId'] };
        break;
    }
  }
  return undefined;
}
