import { NUMBER_RANGES, TEXT_LIMITS, snapshotScope, type SnapshotScope } from '@pacta/domain';
import { DateField, IntField, SchemaField, TextField } from '../http/fields';

export class GenerateSnapshotDto {
  @SchemaField(
    snapshotScope,
    '$property must be one of {"agreementId": id}, {"partyId": id} or {"kind": kind}',
    {
      oneOf: [
        { type: 'object', properties: { agreementId: { type: 'string' } }, required: ['agreementId'] },
        { type: 'object', properties: { partyId: { type: 'string' } }, required: ['partyId'] },
        { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'] },
      ],
    },
    { description: 'one agreement, one party across agreements, or every agreement of a kind' },
  )
  scope!: SnapshotScope;

  @DateField({ description: 'the date whose status the snapshot shows' }) on!: string;
  @TextField(TEXT_LIMITS.snapshotTitle) title!: string;
  @IntField(NUMBER_RANGES.logPosition, { optional: true, description: 'the log position to reflect; default the head' })
  atPosition?: number;
}
