import type { CalendarDate } from '../calendar/dates';
import type { LocalizedText } from '../localized-text';
import type { Assumed, Provenance, Source } from '../provenance';
import type { CorrectFactContext, CorrectFactRequest } from '../corrections/fact-corrected';
import type { PartyType } from './party.events';

export interface RegisterParty extends Provenance {
  type: 'RegisterParty';
  today: CalendarDate;
  partyId: string;
  name: LocalizedText;
  partyType: PartyType;
  businessId?: string;
  municipalityCode?: string;
  memberIds?: string[];
  /** Which of memberIds the handler found registered; the decider cannot read other streams. */
  knownPartyIds: string[];
}

export interface RecordPopulation {
  type: 'RecordPopulation';
  today: CalendarDate;
  partyId: string;
  year: number;
  population: number;
  source: string | Source;
  assumed?: Assumed;
}

export interface RenameParty {
  type: 'RenameParty';
  today: CalendarDate;
  partyId: string;
  name: LocalizedText;
  effectiveOn?: CalendarDate;
}

export interface CorrectPartyFact extends CorrectFactRequest, CorrectFactContext {
  type: 'CorrectPartyFact';
  partyId: string;
}

export type PartyCommand = RegisterParty | RecordPopulation | RenameParty | CorrectPartyFact;
export const PARTY_COMMAND_TYPES: readonly PartyCommand['type'][] = ['RegisterParty', 'RecordPopulation', 'RenameParty', 'CorrectPartyFact'];
