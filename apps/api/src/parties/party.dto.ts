import { PARTY_TYPES } from '@pacta/domain';
import type { PartyType } from '@pacta/domain';
import { DateField, EnumField, IdField, IdListField, IntField, NestedField, TextField } from '../http/fields';

export class LocalizedTextDto {
  @TextField(500, { example: 'Jyväskylän kaupunki' }) fi!: string;
  @TextField(500, { optional: true }) sv?: string;
  @TextField(500, { optional: true }) en?: string;
}

export class RegisterPartyDto {
  @IdField({ example: 'jyvaskyla' }) id!: string;
  @NestedField(() => LocalizedTextDto) name!: LocalizedTextDto;
  @EnumField(PARTY_TYPES) type!: PartyType;
  @TextField(3, { optional: true, example: '179', description: 'Statistics Finland municipality code' }) municipalityCode?: string;
  @TextField(9, { optional: true, example: '0208201-1', description: 'Y-tunnus; the check digit must verify' }) businessId?: string;
  @IdListField(500, { optional: true, description: 'Member municipalities of a joint authority or union' }) memberIds?: string[];
}

export class RecordPopulationDto {
  @IntField(1900, 2200, { example: 2020 }) year!: number;
  @IntField(0, 100_000_000, { example: 12345 }) population!: number;
  @TextField(500, { example: 'Tilastokeskus, väestö 31.12.2020' }) source!: string;
}

export class RenamePartyDto {
  @NestedField(() => LocalizedTextDto) name!: LocalizedTextDto;
  @DateField({ optional: true }) effectiveOn?: string;
}
