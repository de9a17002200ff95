import type Database from 'better-sqlite3';
import { bindsParty, namedParties, shownVersionOn, statusOn, type AgreementState, type AgreementStatus, type Assumed, type CalendarDate, type LocalizedText, type Source } from '@pacta/domain';
import type { AgreementQueries } from '../agreements/agreement-queries';
import { preparedWhenUsed } from '../prepared-when-used';

export interface ProgrammeView {
  id: string;
  kind: string;
  title: LocalizedText;
  hostPartyId: string;
  source?: Source;
  /** Its agreements, by id: each with the parties of the version shown on the date asked about, and its status then. */
  agreements: { id: string; parties: string[]; status: AgreementStatus }[];
  /** The parties that declined it, in the order recorded; decidedOn and source are null where none was recorded. */
  declined: { partyId: string; decidedOn: CalendarDate | null; source: Source | null; assumed?: Assumed }[];
  revision: number;
}

type ProgrammeRow = [string, string, string, string, string | null, number];
type DeclineRow = [string, string, string | null, string | null, string | null];

const PROGRAMME_COLUMNS = 'programme_id, kind, title, host_party_id, source, revision';

/** The programmes read model: each programme, who declined it, and which agreements are its. */
export class ProgrammeQueries {
  private readonly sql;

  constructor(
    db: Database.Database,
    private readonly agreements: AgreementQueries,
  ) {
    this.sql = preparedWhenUsed({
      programmes: () => db.prepare(`SELECT ${PROGRAMME_COLUMNS} FROM programmes ORDER BY programme_id`).raw(),
      programme: () => db.prepare(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE programme_id = ?`).raw(),
      declines: () =>
        db.prepare('SELECT programme_id, party_id, decided_on, source, assumed FROM programme_declines WHERE programme_id = ? ORDER BY seq').raw(),
      agreementIds: () => db.prepare('SELECT agreement_id FROM programme_agreements WHERE programme_id = ? ORDER BY agreement_id').pluck(),
    });
  }

  list(on: CalendarDate): ProgrammeView[] {
    return (this.sql.programmes.all() as ProgrammeRow[]).map((row) => this.view(row, on));
  }

  get(programmeId: string, on: CalendarDate): ProgrammeView | undefined {
    const row = this.sql.programme.get(programmeId) as ProgrammeRow | undefined;
    return row && this.view(row, on);
  }

  /** The states of the programme's agreements; undefined when no such programme is registered. */
  agreementStates(programmeId: string): AgreementState[] | undefined {
    if (this.sql.programme.get(programmeId) === undefined) return undefined;
    return (this.sql.agreementIds.all(programmeId) as string[]).flatMap((agreementId) => this.agreements.state(agreementId)?.state ?? []);
  }

  /** The programme's agreements that bind the party on the date. */
  bindingAgreementIds(programmeId: string, partyId: string, on: CalendarDate): string[] {
    return (this.agreementStates(programmeId) ?? []).filter((state) => bindsParty(state, partyId, on)).map((state) => state.agreementId);
  }

  private view([id, kind, title, hostPartyId, source, revision]: ProgrammeRow, on: CalendarDate): ProgrammeView {
    return {
      id,
      kind,
      title: JSON.parse(title) as LocalizedText,
      hostPartyId,
      ...(source !== null && { source: JSON.parse(source) as Source }),
      agreements: (this.sql.agreementIds.all(id) as string[]).flatMap((agreementId) => {
        // A draft's programme row is written as the draft is projected; its agreement row comes with the batch.
        const found = this.agreements.state(agreementId);
        const shown = found && shownVersionOn(found.state, on);
        if (!found || !shown) return [];
        return [{ id: agreementId, parties: namedParties(found.state, shown.shown).map((party) => party.partyId), status: statusOn(found.state, on) }];
      }),
      declined: (this.sql.declines.all(id) as DeclineRow[]).map(([, partyId, decidedOn, declineSource, assumed]) => ({
        partyId,
        decidedOn,
        source: declineSource === null ? null : (JSON.parse(declineSource) as Source),
        ...(assumed !== null && { assumed: JSON.parse(assumed) as Assumed }),
      })),
      revision,
    };
  }
}
