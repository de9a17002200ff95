import type { Decider } from '../decider';
import type { DomainError } from '../errors';
import { parseEvent, type DomainEvent } from '../events';

type DomainErrorClass = new (...args: never[]) => DomainError;

/**
 * givenFor(decider) makes `given(history).when(command).thenEmits(events)` and `.thenThrows(ErrorClass, field or
 * properties?)` for that stream: the history is folded with the decider's evolve, the command run by its decide.
 */
export function givenFor<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return function given(history: readonly Event[]) {
    return {
      when(command: Command) {
        const decide = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState));
        return {
          thenEmits(expected: Event[]): void {
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
  };
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
