import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { Public } from '../auth/access';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ApiProblems } from '../openapi/answers';
import './health.responses';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('health')
  @ApiReadYourWrites()
  @ApiOperation({ operationId: 'health', summary: 'Whether the service is up' })
  @ApiJsonAnswer(200, 'Health', 'Up')
  @ApiProblems(429, 503)
  @Public()
  async health() {
    return { status: 'ok', position: await this.store.headPosition() };
  }
}
