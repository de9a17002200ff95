import { InvalidMunicipalityCode, PartyNotFound, RetractionRefused } from '../errors';
import type { CorrectPartyFact } from '../parties/party.commands';
import type { PartyState } from '../parties/party.decider';
import { partyRegisteredData, populationRecordedData, partyRenamedData, type PartyEvent } from '../parties/party.events';
import { provenanceOf } from '../provenance';
import { correctableFact, validReplacement } from './agreement-corrections';
import { changeOf, correctionOf, currentData, sameData, type Correction } from './fact-corrected';

/** Members are checked against the registry when a party registers, so a correction keeps them. */
const CORRECTABLE = {
  PartyRegistered: { schema: partyRegisteredData, keeps: ['partyId', 'type', 'memberIds'] },
  PopulationRecorded: { schema: populationRecordedData, keeps: ['partyId', 'year'] },
  PartyRenamed: { schema: partyRenamedData, keeps: ['partyId'] },
};

/** Agreements rest on a registration, and a name is what a party is called: both are corrected, never retracted. */
const RETRACTABLE = new Set(['PopulationRecorded']);

type Data = Record<string, unknown>;

export function decidePartyCorrection(command: CorrectPartyFact, state: PartyState): PartyEvent[] {
  if (!state.exists) throw new PartyNotFound(`party ${command.partyId} is not registered`);
  const { eventId, recorded } = command;
  const fact = correctableFact(recorded, `party ${state.partyId}`, eventId, CORRECTABLE);
  const was = currentData(eventId, recorded!.data, state.corrections) as Data;
  if (command.retract === true && command.replacement === undefined && !RETRACTABLE.has(recorded!.type)) {
    throw new RetractionRefused(`a ${recorded!.type} is corrected with a replacement, not retracted`);
  }
  const change = changeOf(command);
  const replacement = 'replacement' in change ? validReplacement(fact, was, change.replacement, command.today) : undefined;
  if (replacement?.municipalityCode !== undefined && replacement.type !== 'municipality') {
    throw new InvalidMunicipalityCode(`a ${String(replacement.type)} has no municipality code`, 'replacement.municipalityCode');
  }
  const data = correctionOf(command, recorded!.type, was, replacement);
  return [{ type: 'FactCorrected', schemaVersion: 1, data }];
}

/**
 * The party with the correction applied, and the correction on its trail. A name or population figure is corrected
 * only while it is the one the party has: a later rename or figure for the same year has replaced it already.
 */
export function applyPartyCorrection(state: PartyState, correction: Correction): PartyState {
  const corrected: PartyState = { ...state, corrections: [...(state.corrections ?? []), correction] };
  const { was, replacement: now } = correction;
  switch (correction.correctedType) {
    case 'PartyRegistered': {
      const { businessId, municipalityCode, name, source, assumed } = now as Data as PartyRegisteredFields;
      const { source: _source, assumed: _assumed, ...rest } = corrected;
      return {
        ...rest,
        businessId,
        municipalityCode,
        ...(sameData(state.name, was.name) && { name }),
        ...provenanceOf({ source, assumed }),
      };
    }
    case 'PopulationRecorded': {
      const year = String(was.year);
      const current = state.populations[year];
      if (!current || !sameData(current, populationOf(was))) return corrected;
      const { [year]: _old, ...others } = state.populations;
      return { ...corrected, populations: now ? { ...others, [year]: populationOf(now) } : others };
    }
    case 'PartyRenamed':
      return sameData(state.name, was.name) ? { ...corrected, name: (now as Data as PartyRenamedFields).name } : corrected;
    default:
      return corrected;
  }
}

type PartyRegisteredFields = typeof partyRegisteredData._output;
type PartyRenamedFields = typeof partyRenamedData._output;

function populationOf(data: Data): PartyState['populations'][string] {
  const { population, source, assumed } = data as typeof populationRecordedData._output;
  return { population, source, ...(assumed && { assumed }) };
}
