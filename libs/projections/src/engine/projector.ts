import { AGREEMENT_EVENT_TYPES, PARTY_EVENT_TYPES, PROGRAMME_EVENT_TYPES, agreementDecider, partyDecider, programmeDecider } from '@pacta/domain';
import type { StoredEvent } from '@pacta/event-store';
import { AgreementWriter } from '../read-models/agreements/agreement-writer';
import { projectAgreement } from '../read-models/agreements/project';
import { DeadlineWriter } from '../read-models/deadlines/deadline-writer';
import { projectDeadlines } from '../read-models/deadlines/project';
import { ObligationWriter } from '../read-models/obligations/obligation-writer';
import { projectObligations } from '../read-models/obligations/project';
import { PartyWriter } from '../read-models/parties/party-writer';
import { projectParty } from '../read-models/parties/project';
import { ProgrammeWriter } from '../read-models/programmes/programme-writer';
import { programmeAgreementOf, projectProgramme } from '../read-models/programmes/project';
import { AgreementStates, type AgreementBacking, type CachedAgreement } from './agreement-states';
import { RowIds } from './row-ids';
import type { SqlConnection } from './sql-connection';

/** Events of a type this version does not know (written by a newer one) leave the agreement read models as they were. */
const AGREEMENT_EVENTS = new Set<string>(AGREEMENT_EVENT_TYPES);
const PARTY_EVENTS = new Set<string>(PARTY_EVENT_TYPES);
const PROGRAMME_EVENTS = new Set<string>(PROGRAMME_EVENT_TYPES);

/**
 * Applies events to the read models: each event goes through the read models' pure projections, and their row
 * changes through their writers. Obligation rows follow every event that can change them; agreement rows, their
 * parties and deadlines are projected once per batch for the agreements the batch changed (`flush`).
 *
 * Every method runs inside the caller's transaction; the caller commits the checkpoint with it.
 */
export class Projector {
  private readonly states: AgreementStates;
  private readonly rowIds: RowIds;
  private readonly parties: PartyWriter;
  private readonly programmes: ProgrammeWriter;
  private readonly agreements: AgreementWriter;
  private readonly obligations: ObligationWriter;
  private readonly deadlines: DeadlineWriter;

  /** @param backing Where agreements are kept outside memory: the tables, or a rebuild's spill. */
  constructor(db: SqlConnection, backing: AgreementBacking, cachedAgreements: number) {
    this.states = new AgreementStates(backing, cachedAgreements, (agreement) => this.write(agreement));
    this.rowIds = new RowIds(db, 'obligations');
    this.parties = new PartyWriter(db);
    this.programmes = new ProgrammeWriter(db);
    this.agreements = new AgreementWriter(db);
    this.obligations = new ObligationWriter(db);
    this.deadlines = new DeadlineWriter(db);
  }

  apply(event: StoredEvent): void {
    const partyId = partyDecider.stream.idOf(event.streamId);
    if (partyId !== undefined) {
      const known = PARTY_EVENTS.has(event.type) ? partyDecider.decode(event) : undefined;
      return this.parties.write(projectParty(partyId, known, { revision: event.streamRevision, position: event.globalPosition }));
    }
    const programmeId = programmeDecider.stream.idOf(event.streamId);
    if (programmeId !== undefined) {
      const known = PROGRAMME_EVENTS.has(event.type) ? programmeDecider.decode(event) : undefined;
      return this.programmes.write(projectProgramme(programmeId, known, { revision: event.streamRevision, position: event.globalPosition }));
    }
    const agreementId = agreementDecider.stream.idOf(event.streamId);
    if (agreementId !== undefined && AGREEMENT_EVENTS.has(event.type)) this.applyAgreement(agreementId, event);
  }

  /** Writes the agreement rows, parties and deadlines of every agreement changed since the last flush. */
  flush(): void {
    this.states.writeChanged();
    this.obligations.flush();
  }

  private applyAgreement(agreementId: string, event: StoredEvent): void {
    const agreement = this.states.get(agreementId);
    const domainEvent = agreementDecider.decode(event);
    const ofProgramme = programmeAgreementOf(agreementId, domainEvent);
    if (ofProgramme) this.programmes.writeAgreement(ofProgramme);
    this.states.evolved(agreement, agreementDecider.evolve(agreement.state, domainEvent), event.streamRevision, event.globalPosition);
    const changes = projectObligations(agreementId, agreement.state, domainEvent, () => this.states.openRowsOf(agreement));
    this.obligations.writeTerms(changes.terms);
    if (changes.close.length === 0 && changes.insert.length === 0) return;
    const open = this.states.openRowsOf(agreement);
    const recorded = { position: event.globalPosition, at: event.metadata.recordedAt };
    for (const { key } of changes.close) open.delete(key);
    this.obligations.close(changes.close.map(({ id }) => id), recorded);
    const inserted = changes.insert.map(({ key, row }) => {
      const id = this.rowIds.take();
      open.set(key, id);
      return { id, row };
    });
    this.obligations.insert(inserted, recorded);
  }

  private write(agreement: CachedAgreement): void {
    const projected = projectAgreement(agreement, agreement.agreement);
    this.agreements.write(projected.changes);
    agreement.agreement = projected.written;
    this.states.written(agreement, projected.changes.upsert.state);
    const deadlines = projectDeadlines(agreement.agreementId, agreement.state, agreement.deadlines);
    if (deadlines.changes) this.deadlines.write(deadlines.changes);
    agreement.deadlines = deadlines.written;
  }
}
