import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/answers';

/**
 * Every GET takes `minPosition` (MinPositionInterceptor is global), so every GET can answer 400 and 422 (its own
 * parameters' problems share these statuses; an operation lists each status once, so they are not repeated there).
 */
export const ApiReadYourWrites = () =>
  applyDecorators(
    ApiQuery({
      name: 'minPosition',
      required: false,
      schema: { type: 'integer', minimum: 0 },
      description:
        "For reading another instance's writes: the `position` a write answered with there. The answer waits (at most " +
        '5 s, else 503 with Retry-After) until the read models include it; a position past the end of the log is a 422. ' +
        "An instance's own acknowledged writes need no parameter.",
    }),
    ApiProblems(400, 422),
  );
