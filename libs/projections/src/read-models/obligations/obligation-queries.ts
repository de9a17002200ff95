import type Database from 'better-sqlite3';
import { isOverdueStretch, type CalendarDate, type LocalizedText, type ObligationRow } from '@pacta/domain';
import { CHECKPOINT_SQL, GENERATION, metaValueSql } from '../../engine/schema';
import { OBLIGATIONS_CHANGED_AT } from './schema';
import { preparedWhenUsed } from '../prepared-when-used';
import { KeptPages, type KeptPage } from './kept-pages';

/** Recorded time: a log position, or an instant compared with the events' recordedAt. */
export type KnownAt = { position: number } | { instant: string };

export interface ObligationFilter {
  on: CalendarDate;
  knownAt?: KnownAt;
  partyId?: string;
  type?: string;
  kind?: string;
}

export interface ObligationView {
  agreementId: string;
  kind: string;
  version: number;
  obligationId: string;
  type: string;
  partyId: string;
  partyType: string;
  role: string;
  description: LocalizedText;
  beneficiary: ObligationRow['beneficiary'] | null;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
  clause: string | null;
  costShare?: ObligationRow['costShare'];
  recurrence?: ObligationRow['recurrence'];
  location?: ObligationRow['location'];
  /** With a due date: the date, and whether the obligation is still owed after it. */
  dueOn?: CalendarDate;
  overdue?: boolean;
  /** Present when the obligation rests on a record the documents do not state. */
  assumed?: true;
  recorded: { position: number; at: string };
}

/** The stable order's key of an obligation row: agreement, version, obligation, party, validFrom, row id. */
export type ObligationKey = [string, number, string, string, string, number];

export interface PageRequest {
  limit?: number;
  after?: ObligationKey;
}

export interface ObligationPageJson extends KeptPage {
  /** The recorded time the page was read at: the one asked for, or the read models' position. */
  knownAt: KnownAt;
}

interface CommittedState {
  dataVersion: number;
  position: number;
  generation: string | null;
  changedAt: string | null;
  registered(partyId: string): boolean;
}

/** An obligation row as answered: its ObligationView's JSON text, and its key in the listing order. */
interface ServedRow {
  /** UTF-8: half the memory of the string (the texts are Finnish), and joined into a page without encoding again. */
  json: Buffer;
  key: ObligationKey;
}

const COMMA = Buffer.from(',');

/** The rows' answers as the JSON text of an array. */
function jsonArray(rows: ServedRow[]): Buffer {
  const parts: Buffer[] = [Buffer.from('[')];
  rows.forEach((row, i) => parts.push(...(i ? [COMMA, row.json] : [row.json])));
  parts.push(Buffer.from(']'));
  return Buffer.concat(parts);
}

/** Answers kept for obligation rows: a municipality's first page for a date is ~100 rows of ~450 bytes. */
const SERVED_ROWS = 50_000;

type ObligationTerms = Pick<ObligationRow, 'description' | 'beneficiary' | 'clause' | 'costShare' | 'recurrence' | 'dueOn' | 'location'>;

/** Obligations' terms kept parsed: about the obligations in force across the quick data set, a few MB. */
const CACHED_TERMS = 50_000;

type ObligationColumns = [string, string, number, string, string, string, string, string, string, string | null, number, string, number, 1 | null];

/**
 * The obligations read model on both time axes, answered a page at a time as JSON text. Whole pages, each row's
 * answer and each obligation's parsed terms are kept; all of it is private to this read model, and nothing kept
 * outlives a commit that changed obligations or a rebuild.
 */
export class ObligationQueries {
  private readonly sql;
  private readonly statements = new Map<string, Database.Statement>();
  /** Parsed obligation terms by agreement, version and obligation, oldest first. */
  private readonly terms = new Map<string, ObligationTerms>();
  /** Answers of obligation rows by row id, oldest first; row ids are only meaningful within one generation. */
  private readonly served = new Map<number, ServedRow>();
  private servedGeneration: string | null | undefined;
  /** Whole pages by key (see pageState). */
  private readonly keptPages = new KeptPages();
  private lastCommitted?: CommittedState;
  private readonly readTransaction: <T>(work: () => T) => T;

  constructor(private readonly db: Database.Database) {
    const transaction = db.transaction((work: () => unknown) => work());
    this.readTransaction = <T>(work: () => T) => transaction(work) as T;
    this.sql = preparedWhenUsed({
      partyExists: () => db.prepare('SELECT 1 FROM parties WHERE party_id = ?').pluck(),
      dataVersion: () => db.prepare('PRAGMA data_version').pluck(),
      committedState: () => db
        .prepare(`SELECT (${CHECKPOINT_SQL}), (${metaValueSql(GENERATION)}), (${metaValueSql(OBLIGATIONS_CHANGED_AT)})`)
        .raw(),
      obligationRow: () => db
        .prepare(
          'SELECT agreement_id, kind, version, obligation_id, type, party_id, party_type, role, valid_from, valid_to, ' +
            'recorded_from_position, recorded_from_at, id, assumed FROM obligations WHERE id = ?',
        )
        .raw(),
      obligationTerms: () => db.prepare('SELECT terms FROM obligation_terms WHERE agreement_id = ? AND version = ? AND obligation_id = ?').pluck(),
    });
  }

  /**
   * One page of obligations in the stable order (agreement, version, obligation, party, validFrom), after `page.after`
   * (the last key of the previous page), as the UTF-8 JSON text of an ObligationView array: what an HTTP answer embeds.
   * What a recorded position knows of obligations is what the last obligation change at or before it knew, so a page
   * pinned to a position is kept under that change's position and answered again while events that change no
   * obligation (decisions, signatures, reviews) arrive. Without knownAt the page is pinned to the position the read
   * models have reached (answered as knownAt); with a partyId that is not registered, there is no page (undefined).
   */
  page(filter: ObligationFilter, page: PageRequest = {}): ObligationPageJson | undefined {
    // A kept page needs one statement (its own snapshot); making one reads in a transaction that starts over.
    const kept = this.keptPage(filter, page);
    if (kept !== undefined) return kept || undefined;
    return this.readTransaction(() => {
      const state = this.pageState(filter, page);
      if (!state) return undefined;
      const { rows, next } = this.obligationRows(state.filter, page);
      const answer = { json: jsonArray(rows), ...(next && { next }) };
      if (state.key !== undefined) this.keptPages.keep(state.key, answer);
      return { ...answer, knownAt: state.filter.knownAt };
    });
  }

  /** The kept answer, false for a party that is not registered, undefined when the page must be made. */
  private keptPage(filter: ObligationFilter, page: PageRequest): ObligationPageJson | false | undefined {
    const state = this.pageState(filter, page);
    if (!state) return false;
    const kept = state.key === undefined ? undefined : this.keptPages.get(state.key);
    if (!kept) return undefined;
    return { ...kept, knownAt: state.filter.knownAt };
  }

  /**
   * Whether the party is registered, the read models' position (the pin when none is asked for), their generation,
   * and where obligations last changed, which with the filter makes the key of the kept page.
   */
  private pageState(filter: ObligationFilter, page: PageRequest): { filter: ObligationFilter & { knownAt: KnownAt }; key?: string } | undefined {
    const { position, generation, changedAt, registered } = this.committed();
    if (filter.partyId !== undefined && !registered(filter.partyId)) return undefined;
    this.forgetOtherGenerations(generation);
    const pinned = { ...filter, knownAt: filter.knownAt ?? { position } };
    if (!('position' in pinned.knownAt)) return { filter: pinned };
    const pin = pinned.knownAt.position;
    // A pin beyond the checkpoint is at or after changedAt too: a later change moves changedAt, and so the key.
    const recorded = changedAt !== null && pin >= Number(changedAt) ? `since ${changedAt}` : `at ${pin}`;
    return { filter: pinned, key: JSON.stringify([recorded, filter.on, filter.partyId, filter.type, filter.kind, page.limit, page.after]) };
  }

  /**
   * What the last commit left, read again only when another connection (the projection runner, a rebuild in
   * another process) has committed since: this connection only reads.
   */
  private committed(): CommittedState {
    const dataVersion = this.sql.dataVersion.get() as number;
    if (this.lastCommitted?.dataVersion === dataVersion) return this.lastCommitted;
    const [position, generation, changedAt] = this.sql.committedState.get() as [number, string | null, string | null];
    const parties = new Map<string, boolean>();
    const registered = (partyId: string) => {
      let known = parties.get(partyId);
      if (known === undefined) parties.set(partyId, (known = this.sql.partyExists.get(partyId) !== undefined));
      return known;
    };
    return (this.lastCommitted = { dataVersion, position, generation, changedAt, registered });
  }

  /** Row ids are reused by a rebuild, and a rebuild may derive other rows: nothing kept outlives its generation. */
  private forgetOtherGenerations(generation: string | null): void {
    if (generation === this.servedGeneration) return;
    this.served.clear();
    this.keptPages.clear();
    this.servedGeneration = generation;
  }

  /** The page's rows from the index alone (only their ids), each row's answer kept, or made from the table once. */
  private obligationRows(filter: ObligationFilter, page: PageRequest): { rows: ServedRow[]; next?: ObligationKey } {
    const params: Record<string, unknown> = { on: filter.on };
    if (filter.knownAt) params.known = 'position' in filter.knownAt ? filter.knownAt.position : filter.knownAt.instant;
    if (filter.partyId !== undefined) params.party_id = filter.partyId;
    if (filter.type !== undefined) params.type = filter.type;
    if (filter.kind !== undefined) params.kind = filter.kind;
    if (page.after) [params.a, params.v, params.o, params.p, params.f, params.i] = page.after;
    if (page.limit !== undefined) params.limit = page.limit + 1;
    const ids = this.obligationStatement(filter, page).all(params) as number[];
    const more = page.limit !== undefined && ids.length > page.limit;
    if (more) ids.length = page.limit!;
    const rows = ids.map((id) => this.servedRow(id));
    return { rows, next: more ? rows.at(-1)?.key : undefined };
  }

  /** An obligation row never changes what it answers (closing it only ends its recorded time), so answers are kept. */
  private servedRow(id: number): ServedRow {
    let row = this.served.get(id);
    if (row) return row;
    const columns = this.sql.obligationRow.get(id) as ObligationColumns;
    row = { json: Buffer.from(JSON.stringify(toObligationView(columns, this.termsOf(columns[0], columns[2], columns[3])))), key: keyOf(columns) };
    this.served.set(id, row);
    if (this.served.size > SERVED_ROWS) this.served.delete(this.served.keys().next().value!);
    return row;
  }

  /** One statement per filter shape, prepared once: the shapes are few (which filters are present). */
  private obligationStatement(filter: ObligationFilter, page: { limit?: number; after?: ObligationKey }): Database.Statement {
    const recorded = !filter.knownAt ? 'now' : 'position' in filter.knownAt ? 'position' : 'instant';
    const shape = [
      recorded,
      filter.partyId !== undefined,
      filter.type !== undefined,
      filter.kind !== undefined,
      page.after !== undefined,
      page.limit !== undefined,
    ].join();
    let statement = this.statements.get(shape);
    if (statement) return statement;
    const where = ['o.valid_from <= @on', '(o.valid_to IS NULL OR o.valid_to >= @on)'];
    if (recorded === 'now') where.push('o.recorded_to_position IS NULL');
    else if (recorded === 'position') {
      where.push('o.recorded_from_position <= @known', '(o.recorded_to_position IS NULL OR o.recorded_to_position > @known)');
    } else {
      where.push('o.recorded_from_at <= @known', '(o.recorded_to_at IS NULL OR o.recorded_to_at > @known)');
    }
    if (filter.partyId !== undefined) where.push('o.party_id = @party_id');
    if (filter.type !== undefined) where.push('o.type = @type');
    if (filter.kind !== undefined) where.push('o.kind = @kind');
    if (page.after) where.push('(o.agreement_id, o.version, o.obligation_id, o.party_id, o.valid_from, o.id) > (@a, @v, @o, @p, @f, @i)');
    statement = this.db
      .prepare(
        `SELECT o.id FROM obligations o WHERE ${where.join(' AND ')} ` +
          'ORDER BY o.agreement_id, o.version, o.obligation_id, o.party_id, o.valid_from, o.id' +
          (page.limit !== undefined ? ' LIMIT @limit' : ''),
      )
      .pluck();
    this.statements.set(shape, statement);
    return statement;
  }

  /** What an obligation's terms say never changes once its version entered into force, so parsed terms are kept. */
  private termsOf(agreementId: string, version: number, obligationId: string): ObligationTerms {
    const key = `${agreementId}\n${version}\n${obligationId}`;
    let terms = this.terms.get(key);
    if (terms) return terms;
    const json = this.sql.obligationTerms.get(agreementId, version, obligationId) as string | undefined;
    terms = json === undefined ? { description: { fi: '' } } : (JSON.parse(json) as ObligationTerms);
    if (json !== undefined) {
      this.terms.set(key, terms);
      if (this.terms.size > CACHED_TERMS) this.terms.delete(this.terms.keys().next().value!);
    }
    return terms;
  }
}

const keyOf = (columns: ObligationColumns): ObligationKey => [columns[0], columns[2], columns[3], columns[5], columns[8], columns[12]];

function toObligationView(columns: ObligationColumns, terms: ObligationTerms): ObligationView {
  const [agreementId, kind, version, obligationId, type, partyId, partyType, role, validFrom, validTo, position, at, , assumed] = columns;
  return {
    agreementId,
    kind,
    version,
    obligationId,
    type,
    partyId,
    partyType,
    role,
    description: terms.description,
    beneficiary: terms.beneficiary ?? null,
    validFrom,
    validTo,
    clause: terms.clause ?? null,
    ...(terms.costShare && { costShare: terms.costShare }),
    ...(terms.recurrence && { recurrence: terms.recurrence }),
    ...(terms.location && { location: terms.location }),
    ...(terms.dueOn && { dueOn: terms.dueOn, overdue: isOverdueStretch(validFrom, terms.dueOn) }),
    ...(assumed && { assumed: true }),
    recorded: { position, at },
  };
}

