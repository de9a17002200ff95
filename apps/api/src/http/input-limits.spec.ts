import 'reflect-metadata';
import {
  agreementDraftedData,
  agreementTerminatedData,
  annualReviewRecordedData,
  correctionRequest,
  boardDecisionRecordedData,
  partyJoinedData,
  partyRegisteredData,
  partyRenamedData,
  obligationFulfilledData,
  partyWithdrewData,
  populationRecordedData,
  provenance,
  signatureRecordedData,
  snapshotRequest,
  termsInput,
  versionEnteredIntoForceData,
} from '@pacta/domain';
import { getMetadataStorage } from 'class-validator';
import { z } from 'zod';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as agreementDtos from '../agreements/agreement.dto';
import {
  DraftAgreementDto,
  EnterIntoForceDto,
  JoinPartyDto,
  RecordDecisionDto,
  RecordFulfilmentDto,
  RecordReviewDto,
  RecordSignatureDto,
  ReviseDraftDto,
  TerminateAgreementDto,
  WithdrawPartyDto,
} from '../agreements/agreement.dto';
import * as partyDtos from '../parties/party.dto';
import { RecordPopulationDto, RegisterPartyDto, RenamePartyDto } from '../parties/party.dto';
import * as provenanceDtos from '../provenance/provenance.dto';
import { CorrectionDto, ProvenanceDto } from '../provenance/provenance.dto';
import * as snapshotDtos from '../snapshots/snapshot.dto';
import { GenerateSnapshotDto } from '../snapshots/snapshot.dto';
import { fieldRulesOf, type Dto } from './dto-rules';
import { TextField } from './fields';

/** The bounds one field states, whichever side states them. */
interface Bounds {
  required: boolean;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

/** What class-validator enforces on each property of a DTO, nested DTOs under `.`. */
function dtoBounds(dto: Dto, prefix = ''): Map<string, Bounds> {
  const found = new Map<string, Bounds>();
  for (const [property, { nested, ...bounds }] of fieldRulesOf(dto)) {
    found.set(prefix + property, bounds);
    if (nested) for (const [field, inner] of dtoBounds(nested, `${prefix}${property}.`)) found.set(field, inner);
  }
  return found;
}

/** What the zod schema enforces on each property, from its JSON Schema; list items are reached through their list. */
function zodBounds(schema: JsonSchema, prefix = '', found = new Map<string, Bounds>()): Map<string, Bounds> {
  for (const [property, raw] of Object.entries(schema.properties ?? {})) {
    const value = raw.anyOf?.find((option) => option.type !== 'null') ?? raw;
    const inner = value.type === 'array' && value.items ? value.items : value;
    found.set(prefix + property, {
      required: schema.required?.includes(property) ?? false,
      maxLength: inner.maxLength,
      maxItems: value.maxItems,
      minimum: value.minimum,
      maximum: value.maximum,
    });
    if (inner.properties) zodBounds(inner, `${prefix}${property}.`, found);
  }
  return found;
}

const defined = (bounds: Bounds) => Object.fromEntries(Object.entries(bounds).filter(([, value]) => value !== undefined));

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/**
 * Each request body, its route, and the domain schema its command is checked against; `renamed` maps a DTO's
 * field name to the domain's.
 */
const PROVENANCE_ROUTES = 'every recording route';
const isProvenance = (field: string) => field.startsWith('source.') || field.startsWith('assumed.');

const PAIRS: [string, Dto, z.ZodType, Record<string, string>?][] = [
  ['POST /v1/parties', RegisterPartyDto, partyRegisteredData, { id: 'partyId' }],
  ['POST /v1/parties/{id}/populations', RecordPopulationDto, populationRecordedData],
  ['POST /v1/parties/{id}/names', RenamePartyDto, partyRenamedData],
  // The handler generates an agreement's id when the body has none.
  [
    'POST /v1/agreements',
    DraftAgreementDto,
    z.object({ ...agreementDraftedData.partial({ agreementId: true }).shape, ...termsInput.shape }),
    { id: 'agreementId' },
  ],
  ['POST /v1/agreements/{id}/revisions', ReviseDraftDto, z.object({ terms: termsInput, ...provenance })],
  ['POST /v1/agreements/{id}/decisions', RecordDecisionDto, boardDecisionRecordedData],
  ['POST /v1/agreements/{id}/signatures', RecordSignatureDto, signatureRecordedData],
  ['POST /v1/agreements/{id}/entry-into-force', EnterIntoForceDto, versionEnteredIntoForceData],
  ['POST /v1/agreements/{id}/parties', JoinPartyDto, partyJoinedData],
  ['POST /v1/agreements/{id}/withdrawals', WithdrawPartyDto, partyWithdrewData],
  ['POST /v1/agreements/{id}/reviews', RecordReviewDto, annualReviewRecordedData],
  ['POST /v1/agreements/{id}/fulfilments', RecordFulfilmentDto, obligationFulfilledData],
  ['POST /v1/agreements/{id}/termination', TerminateAgreementDto, agreementTerminatedData],
  ['POST /v1/snapshots', GenerateSnapshotDto, snapshotRequest],
  // Every recording route takes these; the table lists them once, under this name.
  [PROVENANCE_ROUTES, ProvenanceDto, z.object(provenance)],
  ['POST /v1/agreements/{id}/corrections (and parties)', CorrectionDto, correctionRequest],
];

function boundText({ maxLength, maxItems, minimum, maximum }: Bounds): string {
  const parts = [];
  if (maxItems !== undefined) parts.push(`at most ${maxItems} items`);
  if (maxLength !== undefined) parts.push(`${maxItems === undefined ? '' : 'each '}at most ${maxLength} characters`);
  if (minimum !== undefined && maximum !== undefined) parts.push(`${minimum}–${maximum}`);
  return parts.join(', ');
}

/** The table docs/input-rules.md shows, made from the DTOs, which read their limits from libs/domain. */
function limitsTable(): string {
  const rows = PAIRS.filter(([, dto]) => dto !== ReviseDraftDto).flatMap(([route, dto]) =>
    [...dtoBounds(dto)]
      .filter(([field, bounds]) => boundText(bounds) && (route === PROVENANCE_ROUTES || !isProvenance(field)))
      .map(([field, bounds]) => `| ${route} | \`${field}\` | ${bounds.required ? 'yes' : 'no'} | ${boundText(bounds)} |`),
  );
  return ['| Route | Field | Required | Limit |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const exportedDtos = () => [agreementDtos, partyDtos, provenanceDtos, snapshotDtos].flatMap((module) => Object.values(module) as Dto[]);

const DOC = join(__dirname, '../../../../docs/input-rules.md');
const TABLE_START = '<!-- limits table: made by apps/api/src/http/input-limits.spec.ts -->';
const TABLE_END = '<!-- end of limits table -->';

describe('the limits of a request body and of its command', () => {
  it.each(PAIRS.map(([, dto, schema, renamed]) => [dto.name, dto, schema, renamed ?? {}] as const))(
    '%s states every field as the domain does',
    (_, dto, schema, renamed) => {
      const domain = zodBounds(jsonSchemaOf(schema));
      const rename = (field: string) => field.split('.').map((part, i) => (i === 0 ? (renamed[part] ?? part) : part)).join('.');
      const drift = [...dtoBounds(dto)].flatMap(([field, bounds]) => {
        const theirs = domain.get(rename(field));
        if (!theirs) return [`${field}: the domain has no such field`];
        return JSON.stringify(defined(bounds)) === JSON.stringify(defined(theirs))
          ? []
          : [`${field}: request ${JSON.stringify(defined(bounds))}, domain ${JSON.stringify(defined(theirs))}`];
      });
      expect(drift).toEqual([]);
    },
  );

  it('finds a drift when one side changes', () => {
    class Drifted {
      @TextField(2_000) reason!: string;
    }
    const domain = zodBounds(jsonSchemaOf(agreementTerminatedData));
    expect(defined(dtoBounds(Drifted).get('reason')!)).not.toEqual(defined(domain.get('reason')!));
  });

  it('compares every request body, or the body it is nested in', () => {
    const reachable = new Set<Dto>();
    const reach = (dto: Dto) => {
      reachable.add(dto);
      for (const { nested } of fieldRulesOf(dto).values()) if (nested && !reachable.has(nested)) reach(nested);
    };
    PAIRS.forEach(([, dto]) => reach(dto));
    const exported = exportedDtos();
    expect(exported.filter((dto) => !reachable.has(dto)).map((dto) => dto.name)).toEqual([]);
  });

  it('refuse a lone surrogate in every text field', () => {
    const textFields = exportedDtos().flatMap((dto) => {
      const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
      const named = (name: string) => new Set(metadata.filter((m) => m.name === name).map((m) => m.propertyName));
      const wellFormed = named('isWellFormedText');
      return [...named('maxLength')].map((property) => `${dto.name}.${property}: ${wellFormed.has(property)}`);
    });
    expect(textFields.length).toBeGreaterThan(15);
    expect(textFields.filter((field) => field.endsWith('false'))).toEqual([]);
  });

  it('are listed in docs/input-rules.md as they are (UPDATE_DOCS=1 rewrites the table)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [before, rest] = doc.split(TABLE_START);
    const after = rest?.split(TABLE_END)[1];
    expect(after).toBeDefined();
    const current = `${before}${TABLE_START}\n${limitsTable()}\n${TABLE_END}${after}`;
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, current);
    expect(doc).toBe(current);
  });
});
