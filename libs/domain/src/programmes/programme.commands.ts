import type { CalendarDate } from '../calendar/dates';
import type { LocalizedText } from '../localized-text';
import type { Assumed, Source } from '../provenance';

interface ProgrammeCommandBase {
  /** The registry's date when the command arrives; the domain never reads a clock. */
  today: CalendarDate;
  programmeId: string;
}

export interface RegisterProgramme extends ProgrammeCommandBase {
  type: 'RegisterProgramme';
  kind: string;
  title: LocalizedText;
  hostPartyId: string;
  source?: Source;
  /** Whether the handler found the host registered; the decider cannot read other streams. */
  hostRegistered: boolean;
}

export interface DeclineProgramme extends ProgrammeCommandBase {
  type: 'DeclineProgramme';
  partyId: string;
  decidedOn?: CalendarDate;
  source?: Source;
  assumed?: Assumed;
  /** Whether the handler found the party registered. */
  partyRegistered: boolean;
  /** The programme's agreements that bind the party today, as the handler found them; a decline cannot undo them. */
  bindingAgreementIds: string[];
}

export type ProgrammeCommand = RegisterProgramme | DeclineProgramme;
