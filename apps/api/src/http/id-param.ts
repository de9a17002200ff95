import { Param, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ID_PATTERN } from '@pacta/domain';
import { ID_PATTERN_TEXT } from './fields';
import { fieldProblem } from './problem';

class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!ID_PATTERN.test(value)) {
      throw fieldProblem(400, 'invalid-id', [{ field: this.name, detail: `must be an id: ${ID_PATTERN_TEXT}` }]);
    }
    return value;
  }
}

/** A path id, held to the same safe pattern as ids in bodies so no id can name a path or a query. */
export const IdParam = (name = 'id') => Param(name, new IdPipe(name));
export const ApiIdParam = (name = 'id') => ApiParam({ name, type: String, schema: { type: 'string', pattern: ID_PATTERN.source } });
