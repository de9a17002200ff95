import { ApiQuery } from '@nestjs/swagger';

export const ApiReadYourWrites = () =>
  ApiQuery({
    name: 'minPosition',
    required: false,
    description: 'wait (at most 5 s, else 503 with Retry-After) until the read models include this log position; a position past the end of the log is a 422',
  });
