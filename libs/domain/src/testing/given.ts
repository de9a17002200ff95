import type { AgreementCommand } from '../agreements/agreement.commands';
import { decideAgreement, evolveAgreement } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import { initialAgreementState } from '../agreements/agreement.state';
import type { DomainError } from '../errors';
import { parseEvent, type DomainEvent } from '../events';
import { PARTY_COMMAND_TYPES, type PartyCommand } from '../parties/party.commands';
import { decideParty, evolveParty, initialPartyState } from '../parties/party.decider';
import type { PartyEvent } from '../parties/party.events';

type Command = PartyCommand | AgreementCommand;
type DomainErrorClass = new (...args: never[]) => DomainError;

const PARTY_EVENT_TYPES: readonly PartyEvent['type'][] = ['PartyRegistered', 'PopulationRecorded', 'PartyRenamed'];

/**
 * given(history).when(command).thenEmits(events) / .thenThrows(ErrorClass, field or properties?):
 * folds the history with the matching evolve and runs the matching decide.
 */
export function given(history: readonly DomainEvent[]) {
  return {
    when(command: Command) {
      const decide = () => decideOn(history, command);
      return {
        thenEmits(expected: DomainEvent[]): void {
          const emitted = decide();
          expect(emitted).toEqual(expected);
          for (const event of emitted) expect(parseEvent(event.type, event.schemaVersion, event.data)).toEqual(event);
        },
        /** `expected` is the field the error names, or properties the error must have. */
        thenThrows(errorClass: DomainErrorClass, expected?: string | Record<string, unknown>): void {
          expect(decide).toThrow(errorClass);
          if (expected !== undefined) {
            expect(caught(decide)).toMatchObject(typeof expected === 'string' ? { field: expected } : expected);
          }
        },
      };
    },
  };
}

function decideOn(history: readonly DomainEvent[], command: Command): DomainEvent[] {
  if (isPartyCommand(command)) {
    return decideParty(command, partyHistory(history).reduce(evolveParty, initialPartyState));
  }
  return decideAgreement(command, agreementHistory(history).reduce(evolveAgreement, initialAgreementState));
}

function isPartyCommand(command: Command): command is PartyCommand {
  return (PARTY_COMMAND_TYPES as readonly string[]).includes(command.type);
}

function isPartyEvent(event: DomainEvent): event is PartyEvent {
  return (PARTY_EVENT_TYPES as readonly string[]).includes(event.type);
}

function partyHistory(history: readonly DomainEvent[]): PartyEvent[] {
  const events = history.filter(isPartyEvent);
  if (events.length !== history.length) throw new Error('given: a party command needs a history of party events');
  return events;
}

function agreementHistory(history: readonly DomainEvent[]): AgreementEvent[] {
  const events = history.filter((event): event is AgreementEvent => !isPartyEvent(event));
  if (events.length !== history.length) throw new Error('given: an agreement command needs a history of agreement events');
  return events;
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
