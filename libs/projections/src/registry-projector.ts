import {
  AGREEMENT_EVENT_TYPES,
  deadlinesOf,
  everyPartyId,
  mayChangeObligations,
  agreementDecider,
  findVersion,
  initialAgreementState,
  obligationRows,
  partyDecider,
  type AgreementState,
  type ObligationRow,
} from '@pacta/domain';
import type { StoredEvent } from '@pacta/event-store';
import { OBLIGATIONS_CHANGED_AT, SET_META_SQL } from './schema';
import {
  AGREEMENT_BY_ID_SQL,
  readSideJson,
  termsJsonOf,
  withTerms,
  writtenVersionsOf,
  type EarlierVersion,
  type StoredAgreementRow,
} from './read-side-state';
import type { SqlConnection } from './sql-connection';
import type { SpilledAgreement, SpilledAgreements } from './rebuild/spilled-agreements';

/** Events of a type this version does not know (written by a newer one) leave the read models as they were. */
const AGREEMENT_EVENTS = new Set<string>(AGREEMENT_EVENT_TYPES);

interface AgreementEntry {
  state: AgreementState;
  revision: number;
  position: number;
  /** The agreement's open (not yet superseded) obligation rows by key; read from the table when first needed. */
  open?: Map<string, number>;
  /** What the tables hold for it (party ids, deadlines JSON); undefined when nothing is written yet. */
  written?: { parties: string; deadlines: string };
  /** The read-side state's JSON as last written, while the state is still that one (a rebuild's spill keeps it). */
  stateJson?: string;
  /** What that JSON was made of, to make the next one from. */
  writtenVersions?: EarlierVersion[];
}

/** An agreement outside memory, in the tables or a rebuild's spill; the tables' open rows are read when needed. */
type StoredAgreement = Omit<SpilledAgreement, 'open' | 'termsJson'> & { termsJson: string | null; open?: Map<string, number> };

/** Agreement states kept in memory between batches; the rest are read from the agreements table when an event needs them. */
export const DEFAULT_CACHED_AGREEMENTS = 5000;

/**
 * The columns of an obligation row that identify it: anything else follows from its agreement version. Who the
 * beneficiaries are is the selector in the terms, so a party joining does not change the others' rows.
 */
function obligationRowKey(row: Pick<ObligationRow, 'version' | 'obligationId' | 'partyId' | 'role' | 'validFrom' | 'validTo'>): string {
  return `${row.version}|${row.obligationId}|${row.partyId}|${row.role}|${row.validFrom}|${row.validTo ?? ''}`;
}

/** Keys in order of appearance; a (never yet seen) exact repeat gets #2, #3, … so that no row is lost. */
function withUniqueKey<T>(entries: [string, T][]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const [base, value] of entries) {
    let key = base;
    for (let n = 2; byKey.has(key); n++) key = `${base}#${n}`;
    byKey.set(key, value);
  }
  return byKey;
}

const keyed = (rows: ObligationRow[]) =>
  withUniqueKey(rows.map((row): [string, ObligationRow] => [obligationRowKey(row), row]));

/**
 * Applies events to the read-model tables. The states of recently touched agreements and their open obligation
 * rows are kept in memory (a bounded LRU; others are read back from the tables on demand, so a start parses no
 * agreement), so an event costs one fold step, and obligation rows are recomputed only when the event can change
 * them and written only where they differ. Agreement rows, their parties and deadlines are derived from state once
 * per batch for the agreements the batch touched (`flush`), and parties and deadlines are rewritten only when changed.
 *
 * Every method runs inside the caller's transaction; the caller commits the checkpoint with it.
 */
export class RegistryProjector {
  /** Map order is recency: the first entries are the least recently used. */
  private readonly agreements = new Map<string, AgreementEntry>();
  private readonly dirty = new Set<string>();
  private readonly sql: ReturnType<typeof prepare>;
  /** The position of the last event that inserted or closed an obligation row, not yet written to meta. */
  private obligationsChangedAt?: number;
  /**
   * Obligation row ids are given here, not taken from the insert: on a SqlThread an insert is only queued. A
   * projector lives no longer than the transaction that made it sure of the table (the runner makes a new one
   * whenever another runner may have written).
   */
  private nextRowId: number;

  /**
   * @param spill A rebuild's: the tables started empty and are written on another thread, so they are never read; an
   *   agreement leaving memory is kept here instead, and one found neither in memory nor here is new.
   */
  constructor(
    db: SqlConnection,
    private readonly cachedAgreements: number,
    private readonly spill?: SpilledAgreements,
  ) {
    this.sql = prepare(db);
    this.nextRowId = this.spill ? 1 : (this.sql.lastRowId.get() as number) + 1;
  }

  apply(event: StoredEvent): void {
    if (partyDecider.stream.idOf(event.streamId) !== undefined) return this.applyParty(event);
    const agreementId = agreementDecider.stream.idOf(event.streamId);
    if (agreementId !== undefined && AGREEMENT_EVENTS.has(event.type)) this.applyAgreement(agreementId, event);
  }

  /** Writes the agreement rows, parties and deadlines of every agreement touched since the last flush. */
  flush(): void {
    for (const agreementId of this.dirty) this.write(agreementId, this.agreements.get(agreementId)!);
    this.dirty.clear();
    this.evict();
    if (this.obligationsChangedAt !== undefined) this.sql.setMeta.run(OBLIGATIONS_CHANGED_AT, String(this.obligationsChangedAt));
    this.obligationsChangedAt = undefined;
  }

  private write(agreementId: string, entry: AgreementEntry): void {
    const { state, revision, position } = entry;
    const { json: stateJson, newTerms, versions } = readSideJson(state, entry.writtenVersions);
    entry.writtenVersions = versions;
    if (this.spill) entry.stateJson = stateJson;
    this.sql.upsertAgreement.run(agreementId, state.kind, state.predecessorId ?? null, stateJson, revision, position);
    for (const terms of newTerms) this.sql.upsertTerms.run(agreementId, terms.version, terms.json);
    const written = writtenOf(state);
    if (entry.written?.parties !== written.parties) {
      if (entry.written) this.sql.deleteAgreementParties.run(agreementId);
      for (const partyId of written.partyIds) this.sql.insertAgreementParty.run(agreementId, partyId);
    }
    if (entry.written?.deadlines !== written.deadlines) {
      if (entry.written) this.sql.deleteDeadlines.run(agreementId);
      written.deadlineList.forEach((deadline, i) =>
        this.sql.insertDeadline.run(agreementId, deadline.date, deadline.type, deadline.partyId ?? null, written.deadlineTexts[i]),
      );
    }
    entry.written = { parties: written.parties, deadlines: written.deadlines };
  }

  /** Drops the least recently used states beyond the bound, writing any that are still dirty first. */
  private evict(room = 0): void {
    let excess = this.agreements.size + room - this.cachedAgreements;
    if (excess <= 0) return;
    for (const [agreementId, entry] of this.agreements) {
      if (excess-- <= 0) return;
      if (this.dirty.delete(agreementId)) this.write(agreementId, entry);
      this.spill?.put(agreementId, {
        stateJson: entry.stateJson!,
        termsJson: termsJsonOf(entry.state, entry.writtenVersions!),
        revision: entry.revision,
        position: entry.position,
        open: entry.open!,
      });
      this.agreements.delete(agreementId);
    }
  }

  private entryOf(agreementId: string): AgreementEntry {
    let entry = this.agreements.get(agreementId);
    if (entry) {
      this.agreements.delete(agreementId);
    } else {
      const stored = this.spill ? this.spill.take(agreementId) : this.storedAgreement(agreementId);
      if (stored) {
        // It goes on from the read-side state: later events only append to what that drops, and nothing reads it.
        const state = withTerms(stored.stateJson, stored.termsJson);
        entry = {
          state,
          revision: stored.revision,
          position: stored.position,
          open: stored.open,
          written: writtenOf(state),
          writtenVersions: writtenVersionsOf(state),
          // Kept only where it is put aside again as it is (a rebuild's spill); elsewhere it would double memory.
          stateJson: this.spill ? stored.stateJson : undefined,
        };
      } else {
        entry = { state: initialAgreementState, revision: -1, position: 0, open: new Map() };
      }
      this.evict(1);
    }
    this.agreements.set(agreementId, entry);
    return entry;
  }

  private applyParty(event: StoredEvent): void {
    const data = event.data as Record<string, unknown>;
    const partyId = data.partyId as string;
    switch (event.type) {
      case 'PartyRegistered':
        this.sql.insertParty.run(
          partyId,
          JSON.stringify(data.name),
          data.type as string,
          (data.businessId as string | undefined) ?? null,
          (data.municipalityCode as string | undefined) ?? null,
          JSON.stringify(data.memberIds ?? []),
          event.streamRevision,
          event.globalPosition,
        );
        return;
      case 'PopulationRecorded':
        this.sql.upsertPopulation.run(partyId, data.year as number, data.population as number, data.source as string);
        break;
      case 'PartyRenamed':
        this.sql.renameParty.run(JSON.stringify(data.name), partyId);
        break;
    }
    this.sql.touchParty.run(event.streamRevision, event.globalPosition, partyId);
  }

  private applyAgreement(agreementId: string, event: StoredEvent): void {
    const entry = this.entryOf(agreementId);
    const domainEvent = agreementDecider.decode(event);
    entry.state = agreementDecider.evolve(entry.state, domainEvent);
    entry.stateJson = undefined;
    entry.revision = event.streamRevision;
    entry.position = event.globalPosition;
    this.dirty.add(agreementId);
    if (domainEvent.type === 'VersionEnteredIntoForce') this.recordObligationTerms(agreementId, entry.state, domainEvent.data.version);
    if (mayChangeObligations(entry.state, domainEvent)) this.reconcileObligations(agreementId, entry, event);
  }

  private recordObligationTerms(agreementId: string, state: AgreementState, version: number): void {
    const terms = findVersion(state, version)?.terms;
    for (const { id, description, beneficiary, clause, costShare, recurrence } of terms?.obligations ?? []) {
      this.sql.insertTerms.run(agreementId, version, id, JSON.stringify({ description, beneficiary, clause, costShare, recurrence }));
    }
  }

  private reconcileObligations(agreementId: string, entry: AgreementEntry, event: StoredEvent): void {
    const open = (entry.open ??= this.openRowsOf(agreementId));
    const current = keyed(obligationRows(entry.state));
    const { globalPosition: position } = event;
    const { recordedAt } = event.metadata;
    for (const [key, id] of open) {
      if (current.has(key)) continue;
      this.sql.closeRow.run(position, recordedAt, id);
      open.delete(key);
      this.obligationsChangedAt = position;
    }
    for (const [key, row] of current) {
      if (open.has(key)) continue;
      this.obligationsChangedAt = position;
      const id = this.nextRowId++;
      this.sql.insertRow.run(
        id,
        agreementId,
        row.kind,
        row.version,
        row.obligationId,
        row.type,
        row.partyId,
        row.partyType,
        row.role,
        row.validFrom,
        row.validTo,
        position,
        recordedAt,
      );
      open.set(key, id);
    }
  }

  /** As the tables hold it; its open obligation rows are read when an event needs them. */
  private storedAgreement(agreementId: string): StoredAgreement | undefined {
    const row = this.sql.agreement.get(agreementId) as StoredAgreementRow | undefined;
    return row && { stateJson: row[0], termsJson: row[1], revision: row[2], position: row[3] };
  }

  private openRowsOf(agreementId: string): Map<string, number> {
    const rows = this.sql.openRowsOf.all(agreementId) as [number, number, string, string, ObligationRow['role'], string, string | null][];
    return withUniqueKey(
      rows.map(([id, version, obligationId, partyId, role, validFrom, validTo]): [string, number] => [
        obligationRowKey({ version, obligationId, partyId, role, validFrom, validTo }),
        id,
      ]),
    );
  }
}

/** What the tables hold for an agreement's parties and deadlines, as compared before rewriting them. */
function writtenOf(state: AgreementState) {
  const partyIds = everyPartyId(state);
  const deadlineList = deadlinesOf(state);
  const deadlineTexts = deadlineList.map((deadline) => JSON.stringify(deadline));
  return { partyIds, parties: partyIds.join('\n'), deadlineList, deadlineTexts, deadlines: deadlineTexts.join('\n') };
}

function prepare(db: SqlConnection) {
  return {
    insertParty: db.prepare(
      'INSERT INTO parties (party_id, name, type, business_id, municipality_code, member_ids, revision, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    renameParty: db.prepare('UPDATE parties SET name = ? WHERE party_id = ?'),
    touchParty: db.prepare('UPDATE parties SET revision = ?, position = ? WHERE party_id = ?'),
    upsertPopulation: db.prepare(
      'INSERT INTO party_populations (party_id, year, population, source) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (party_id, year) DO UPDATE SET population = excluded.population, source = excluded.source',
    ),
    agreement: db.prepare(AGREEMENT_BY_ID_SQL).raw(),
    openRowsOf: db
      .prepare(
        'SELECT id, version, obligation_id, party_id, role, valid_from, valid_to ' +
          'FROM obligations WHERE agreement_id = ? AND recorded_to_position IS NULL ORDER BY id',
      )
      .raw(),
    upsertAgreement: db.prepare(
      'INSERT INTO agreements (agreement_id, kind, predecessor_id, state, revision, position) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (agreement_id) DO UPDATE SET kind = excluded.kind, predecessor_id = excluded.predecessor_id, ' +
        'state = excluded.state, revision = excluded.revision, position = excluded.position',
    ),
    upsertTerms: db.prepare(
      'INSERT INTO agreement_terms (agreement_id, version, terms) VALUES (?, ?, ?) ' +
        'ON CONFLICT (agreement_id, version) DO UPDATE SET terms = excluded.terms',
    ),
    deleteAgreementParties: db.prepare('DELETE FROM agreement_parties WHERE agreement_id = ?'),
    insertAgreementParty: db.prepare('INSERT INTO agreement_parties (agreement_id, party_id) VALUES (?, ?)'),
    deleteDeadlines: db.prepare('DELETE FROM deadlines WHERE agreement_id = ?'),
    insertDeadline: db.prepare('INSERT INTO deadlines (agreement_id, date, type, party_id, deadline) VALUES (?, ?, ?, ?, ?)'),
    insertRow: db.prepare(
      'INSERT INTO obligations (id, agreement_id, kind, version, obligation_id, type, party_id, party_type, role, ' +
        'valid_from, valid_to, recorded_from_position, recorded_from_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    lastRowId: db.prepare('SELECT COALESCE(MAX(id), 0) FROM obligations').pluck(),
    insertTerms: db.prepare('INSERT OR IGNORE INTO obligation_terms (agreement_id, version, obligation_id, terms) VALUES (?, ?, ?, ?)'),
    closeRow: db.prepare('UPDATE obligations SET recorded_to_position = ?, recorded_to_at = ? WHERE id = ?'),
    // Read by ObligationQueries: what any position from here on knows of obligations is what this position knew.
    setMeta: db.prepare(SET_META_SQL),
  };
}
