import 'reflect-metadata';
import {
  agreementDraftedData,
  agreementTerminatedData,
  annualReviewRecordedData,
  boardDecisionRecordedData,
  partyJoinedData,
  partyRegisteredData,
  partyRenamedData,
  partyWithdrewData,
  populationRecordedData,
  signatureRecordedData,
  snapshotRequest,
  termsInput,
  versionEnteredIntoForceData,
} from '@pacta/domain';
import { z } from 'zod';
import {
  DraftAgreementDto,
  EnterIntoForceDto,
  JoinPartyDto,
  RecordDecisionDto,
  RecordReviewDto,
  RecordSignatureDto,
  ReviseDraftDto,
  TerminateAgreementDto,
  WithdrawPartyDto,
} from '../agreements/agreement.dto';
import { RecordPopulationDto, RegisterPartyDto, RenamePartyDto } from '../parties/party.dto';
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

/** Each request body and the domain schema its command is checked against; `renamed` maps a DTO name to the domain's. */
const PAIRS: [Dto, z.ZodType, Record<string, string>?][] = [
  [RegisterPartyDto, partyRegisteredData, { id: 'partyId' }],
  [RecordPopulationDto, populationRecordedData],
  [RenamePartyDto, partyRenamedData],
  // The handler generates an agreement's id when the body has none.
  [DraftAgreementDto, z.object({ ...agreementDraftedData.partial({ agreementId: true }).shape, ...termsInput.shape }), { id: 'agreementId' }],
  [ReviseDraftDto, z.object({ terms: termsInput })],
  [RecordDecisionDto, boardDecisionRecordedData],
  [RecordSignatureDto, signatureRecordedData],
  [EnterIntoForceDto, versionEnteredIntoForceData],
  [JoinPartyDto, partyJoinedData],
  [WithdrawPartyDto, partyWithdrewData],
  [RecordReviewDto, annualReviewRecordedData],
  [TerminateAgreementDto, agreementTerminatedData],
  [GenerateSnapshotDto, snapshotRequest],
];

describe('the limits of a request body and of its command', () => {
  it.each(PAIRS.map(([dto, schema, renamed]) => [dto.name, dto, schema, renamed ?? {}] as const))(
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
});
