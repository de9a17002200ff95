import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@pacta/event-store';
import { Public } from '../auth/access';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('health')
  @Public()
  async health() {
    return { status: 'ok', position: await this.store.headPosition() };
  }
}
