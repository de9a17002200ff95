import type { AgreementEvent, ProgrammeEvent } from '@pacta/domain';

/** A programmes row; title and source as JSON. */
export interface ProgrammeRow {
  programmeId: string;
  kind: string;
  title: string;
  hostPartyId: string;
  source: string | null;
  revision: number;
  position: number;
}

/** A programme_declines row; source and assumed as JSON. */
export interface DeclineRow {
  programmeId: string;
  partyId: string;
  decidedOn: string | null;
  source: string | null;
  assumed: string | null;
  seq: number;
}

/** What one programme event changes, in the order it is written. */
export interface ProgrammeChanges {
  insert?: ProgrammeRow;
  decline?: DeclineRow;
  /** The programme row's revision and position: what it is known at. */
  touch?: { programmeId: string; revision: number; position: number };
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * The rows a programme event changes. An event of a type this version does not know (`undefined`, written by a
 * newer one) changes nothing but the revision and position the row was last touched at.
 */
export function projectProgramme(
  programmeId: string,
  event: ProgrammeEvent | undefined,
  at: { revision: number; position: number },
): ProgrammeChanges {
  const touch = { programmeId, ...at };
  switch (event?.type) {
    case 'ProgrammeRegistered': {
      const { kind, title, hostPartyId, source } = event.data;
      return { insert: { programmeId, kind, title: JSON.stringify(title), hostPartyId, source: json(source), ...at } };
    }
    case 'ProgrammeDeclined': {
      const { partyId, decidedOn, source, assumed } = event.data;
      return {
        decline: { programmeId, partyId, decidedOn: decidedOn ?? null, source: json(source), assumed: json(assumed), seq: at.position },
        touch,
      };
    }
    default:
      return { touch };
  }
}

/** The programme_agreements row an agreement event adds: only a draft names its programme. */
export function programmeAgreementOf(agreementId: string, event: AgreementEvent): { programmeId: string; agreementId: string } | undefined {
  if (event.type !== 'AgreementDrafted' || event.data.programmeId === undefined) return undefined;
  return { programmeId: event.data.programmeId, agreementId };
}
