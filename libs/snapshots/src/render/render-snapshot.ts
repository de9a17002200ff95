import type { LocalizedText, Selector } from '@pacta/domain';
import nunjucks from 'nunjucks';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SnapshotSourceEvent, StatusSnapshot } from '../status-snapshot';
import { inTheirLanguages, labelOf, type LabelGroup } from './labels';

/** What a rendering adds to the document: the digest of its canonical JSON, for the reader to check. */
export interface RenderMeta {
  sha256: string;
}

/** Next to this file in the sources (jest) and in dist/ (swc --copy-files copies them). */
const TEMPLATES = join(__dirname, 'templates');

function environment(autoescape: boolean): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES), {
    autoescape,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addGlobal('label', (group: LabelGroup, code: string) => labelOf(group, code));
  env.addFilter('fidate', finnishDate);
  return env;
}

let version: string | undefined;

/**
 * Names the rendering in use: a digest of this folder's code and templates. Markdown and HTML kept from an earlier
 * rendering are not served once it changes.
 */
export function renderingVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]))
      .filter((file) => !/\.(spec\.ts|map)$/.test(file))
      .sort();
  for (const file of files(__dirname)) hash.update(file.slice(__dirname.length)).update(readFileSync(file));
  version = hash.digest('hex').slice(0, 16);
  return version;
}

let html: nunjucks.Environment | undefined;
let markdown: nunjucks.Environment | undefined;

export function renderSnapshotHtml(snapshot: StatusSnapshot, meta: RenderMeta): string {
  html ??= environment(true);
  return html.render('snapshot.html.njk', view(snapshot, meta));
}

/** Markdown has no autoescape: the template passes every value through `md`, which neutralises markup. */
export function renderSnapshotMarkdown(snapshot: StatusSnapshot, meta: RenderMeta): string {
  markdown ??= environment(false).addFilter('md', escapeMarkdown);
  return markdown.render('snapshot.md.njk', view(snapshot, meta));
}

function view(snapshot: StatusSnapshot, meta: RenderMeta) {
  const names = new Map<string, string>();
  for (const agreement of snapshot.agreements) {
    for (const party of agreement.parties) if (party.name) names.set(party.partyId, party.name.fi);
  }
  if (snapshot.party) names.set(snapshot.party.partyId, snapshot.party.name.fi);
  const nameOf = (partyId: string) => names.get(partyId) ?? partyId;
  const titles = new Map(snapshot.agreements.map((agreement) => [agreement.agreementId, agreement.title.fi]));
  const notes: string[] = [];
  return {
    /** The footnote number of an assumed fact's note, numbered in the order the document shows them. */
    footnote: (note: string) => {
      const known = notes.indexOf(note);
      return known >= 0 ? known + 1 : notes.push(note);
    },
    footnotes: () => notes,
    s: snapshot,
    meta,
    scopeText: scopeText(snapshot, nameOf),
    nameOf,
    titleOf: (agreementId: string) => titles.get(agreementId) ?? agreementId,
    beneficiary: (selector: Selector | null) => beneficiaryText(selector, nameOf),
    eventText: (event: SnapshotSourceEvent) => eventText(event, nameOf),
    localized: (text: LocalizedText | null) => (text ? inTheirLanguages(text) : ''),
  };
}

function scopeText(snapshot: StatusSnapshot, nameOf: (partyId: string) => string): string {
  const { scope } = snapshot;
  if ('agreementId' in scope) return `Sopimus / Agreement: ${snapshot.agreements[0]?.title.fi ?? scope.agreementId} (${scope.agreementId})`;
  if ('partyId' in scope) return `Osapuoli / Party: ${nameOf(scope.partyId)} (${scope.partyId})`;
  const kind = labelOf('kind', scope.kind);
  return `Sopimuslaji / Kind: ${kind.fi} / ${kind.en} (${scope.kind})`;
}

function beneficiaryText(selector: Selector | null, nameOf: (partyId: string) => string): string {
  if (selector === null) return '—';
  if (selector === 'all') return 'Kaikki osapuolet / All parties';
  if ('partyId' in selector) return nameOf(selector.partyId);
  if ('role' in selector) {
    const role = labelOf('role', selector.role);
    return `${role.fi} / ${role.en}`;
  }
  const type = labelOf('partyType', selector.partyType);
  return `${type.fi} / ${type.en}`;
}

/** One line saying what the event recorded, in the registry's own terms. */
/** Who decided or signed, where an assumed record does not say. */
const NOT_KNOWN = 'ei tiedossa / not known';

function eventText(event: SnapshotSourceEvent, nameOf: (partyId: string) => string): string {
  const data = event.data as Record<string, any>;
  const d = finnishDate;
  switch (event.type) {
    case 'AgreementDrafted':
    case 'DraftRevised':
      return `v${data.version}: ${data.terms?.title?.fi ?? ''}`;
    case 'BoardDecisionRecorded': {
      const outcome = labelOf('outcome', data.outcome);
      return `${nameOf(data.partyId)}, ${[data.body ?? NOT_KNOWN, d(data.meetingDate), data.section].filter(Boolean).join(' ')}: ${outcome.fi} / ${outcome.en} (v${data.version})`;
    }
    case 'SignatureRecorded':
      return `${nameOf(data.partyId)}: ${data.signatory ? `${data.signatory.name}, ${data.signatory.title}` : NOT_KNOWN}, ${d(data.signedOn)} (v${data.version})`;
    case 'VersionEnteredIntoForce':
      return `v${data.version} ${d(data.effectiveFrom)}`;
    case 'PartyJoined':
      return `${nameOf(data.partyId)}, ${d(data.joinsOn)}`;
    case 'PartyWithdrew':
      return `${nameOf(data.partyId)}, ${d(data.effectiveOn)}: ${data.reason}`;
    case 'AnnualReviewRecorded':
      return `${data.year}, ${d(data.heldOn)}: ${data.meeting}`;
    case 'ObligationFulfilled':
      return `${nameOf(data.partyId)}: ${data.obligationId}, ${d(data.fulfilledOn)}`;
    case 'AgreementTerminated':
      return `${d(data.effectiveOn)}: ${data.reason}`;
    case 'FactCorrected': {
      const what = labelOf('event', data.correctedType);
      return `${what.fi} / ${what.en} ${data.retracted ? 'peruttu / retracted' : 'korjattu / corrected'}: ${data.reason}`;
    }
    default:
      return '';
  }
}

/** 2026-11-15 → 15.11.2026, the way Finnish minutes write dates. */
export function finnishDate(date: unknown): string {
  if (typeof date !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : date;
}

/**
 * Backslash-escapes Markdown's markup characters and keeps a value on one line, so it cannot break a table: a run
 * of white space holding any line ending (CR, LF or both) becomes one space. One pass over each run, never a retry
 * from inside it.
 */
export function escapeMarkdown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));
}
