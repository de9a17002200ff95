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
  /** The agreements of the party's reservations that the handler read from their own streams. */
  checkedAgreementIds: string[];
  /** The instant the registry takes the decline. */
  at: string;
}

export interface ReserveBinding extends ProgrammeCommandBase {
  type: 'ReserveBinding';
  agreementId: string;
  partyIds: string[];
  /** The request's field naming each party, for a refusal. */
  fields: string[];
  /** The instant the registry takes the agreement's command. */
  at: string;
}

export type ProgrammeCommand = RegisterProgramme | DeclineProgramme | ReserveBinding;
