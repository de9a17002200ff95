import { ApiProperty } from '@nestjs/swagger';
import { snapshotScope, type SnapshotScope } from '@pacta/domain';
import { DateField, IntField, Satisfies, TextField } from '../http/fields';

const IsSnapshotScope = () =>
  Satisfies(
    'isSnapshotScope',
    '$property must be one of {"agreementId": id}, {"partyId": id} or {"kind": kind}',
    (value) => snapshotScope.safeParse(value).success,
  );

export class GenerateSnapshotDto {
  @ApiProperty({
    oneOf: [
      { type: 'object', properties: { agreementId: { type: 'string' } }, required: ['agreementId'] },
      { type: 'object', properties: { partyId: { type: 'string' } }, required: ['partyId'] },
      { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'] },
    ],
    description: 'one agreement, one party across agreements, or every agreement of a kind',
  })
  @IsSnapshotScope()
  scope!: SnapshotScope;

  @DateField({ description: 'the date whose status the snapshot shows' }) on!: string;
  @TextField(200) title!: string;
  @IntField(1, Number.MAX_SAFE_INTEGER, { optional: true, description: 'the log position to reflect; default the head' })
  atPosition?: number;
}
