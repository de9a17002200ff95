import { LIST_LIMITS, NUMBER_RANGES, PARTY_TYPES, TEXT_LIMITS } from '@pacta/domain';
import type { PartyType, Source } from '@pacta/domain';
import { DateField, EnumField, IdField, IdListField, IntField, NestedField, TextField, TextOrSourceField } from '../http/fields';
import { AssumedDto, ProvenanceDto, SourceDto } from '../provenance/provenance.dto';

export class LocalizedTextDto {
  @TextField(TEXT_LIMITS.localizedText, { example: 'Jyväskylän kaupunki' }) fi!: string;
  @TextField(TEXT_LIMITS.localizedText, { optional: true }) sv?: string;
  @TextField(TEXT_LIMITS.localizedText, { optional: true }) en?: string;
}

export class RegisterPartyDto extends ProvenanceDto {
  @IdField({ example: 'jyvaskyla' }) id!: string;
  @NestedField(() => LocalizedTextDto) name!: LocalizedTextDto;
  @EnumField(PARTY_TYPES) type!: PartyType;
  @TextField(TEXT_LIMITS.municipalityCode, { optional: true, example: '179', description: 'Statistics Finland municipality code' }) municipalityCode?: string;
  @TextField(TEXT_LIMITS.businessId, { optional: true, example: '0208201-1', description: 'Y-tunnus; the check digit must verify' }) businessId?: string;
  @IdListField(LIST_LIMITS.memberIds, { optional: true, description: 'Member municipalities of a joint authority or union' }) memberIds?: string[];
}

export class RecordPopulationDto {
  @IntField(NUMBER_RANGES.year, { example: 2020 }) year!: number;
  @IntField(NUMBER_RANGES.population, { example: 12345 }) population!: number;
  @TextOrSourceField(TEXT_LIMITS.populationSource, () => SourceDto, { example: 'Tilastokeskus, väestö 31.12.2020' }) source!: string | Source;
  @NestedField(() => AssumedDto, { optional: true, description: 'present when the figure is not from a statistic' }) assumed?: AssumedDto;
}

export class RenamePartyDto {
  @NestedField(() => LocalizedTextDto) name!: LocalizedTextDto;
  @DateField({ optional: true }) effectiveOn?: string;
}
