import { AGREEMENT_KINDS } from '@pacta/domain';
import { DateField, EnumField, IdField, NestedField } from '../http/fields';
import { LocalizedTextDto } from '../parties/party.dto';
import { AssumedDto, SourceDto } from '../provenance/provenance.dto';

export class RegisterProgrammeDto {
  @IdField({ example: 'keski-suomi-family-law-unit' }) id!: string;
  @EnumField(AGREEMENT_KINDS) kind!: string;
  @NestedField(() => LocalizedTextDto) title!: LocalizedTextDto;
  @IdField({ example: 'jyvaskyla', description: 'the party that hosts the programme' }) hostPartyId!: string;
  @NestedField(() => SourceDto, { optional: true }) source?: SourceDto;
}

export class DeclineProgrammeDto {
  @IdField({ example: 'jamsa' }) partyId!: string;
  @DateField({ optional: true, description: 'the date of the decision to stay outside; not later than today' }) decidedOn?: string;
  @NestedField(() => SourceDto, { optional: true }) source?: SourceDto;
  @NestedField(() => AssumedDto, { optional: true }) assumed?: AssumedDto;
}
