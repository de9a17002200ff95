import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK, Clock, ListDeadlines, ListParties, registryDate } from '@pacta/registry';
import ical from 'ical-generator';
import { dateQuery } from '../http/query-params';
import { Access, KeyInQueryAllowed } from '../auth/access';
import { fieldProblem } from '../http/problem';
import { calendarEntryOf } from './calendar-entry';
import { ApiReadYourWrites } from '../read-models/api-read-your-writes';
import { ApiOperation } from '@nestjs/swagger';
import { ApiJsonAnswer, ApiProblems, ApiTextAnswer, KEYED } from '../openapi/answers';
import { DATE } from '../openapi/query-schemas';
import './deadline.responses';

@ApiTags('deadlines')
@Controller('v1')
export class DeadlinesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private range(from?: string, to?: string): { from?: string; to?: string } {
    const range = { from: dateQuery(from, 'from'), to: dateQuery(to, 'to') };
    if (range.from && range.to && range.to < range.from) {
      throw fieldProblem(400, 'invalid-query', [{ field: 'to', detail: `must not be before from (${range.from})` }]);
    }
    return range;
  }

  @Get('deadlines')
  @ApiOperation({ operationId: 'listDeadlines', summary: 'Deadlines in a date range' })
  @ApiJsonAnswer(200, 'DeadlineList', 'The deadlines, in date order')
  @ApiProblems(...KEYED)
  @Access('registrar', 'legal', 'auditor')
  @ApiQuery({ name: 'from', required: false, schema: DATE, description: 'first date, inclusive; default today' })
  @ApiQuery({ name: 'to', required: false, schema: DATE, description: 'last date, inclusive; default open' })
  @ApiReadYourWrites()
  async list(@Query('from') from?: string, @Query('to') to?: string) {
    const range = this.range(from ?? registryDate(this.clock.now()), to);
    const deadlines = await this.queries.execute(new ListDeadlines(range.from, range.to));
    return { from: range.from, to: range.to ?? null, deadlines };
  }

  /** Every deadline, past ones included, so a subscribed calendar keeps its history; from/to narrow it. */
  @Get('deadlines.ics')
  @ApiOperation({ operationId: 'deadlinesCalendar', summary: 'Deadlines as an iCalendar feed to subscribe to' })
  @ApiTextAnswer(200, 'text/calendar', 'An iCalendar (RFC 5545) feed of every deadline, past ones included')
  @ApiProblems(...KEYED)
  @Access('registrar', 'legal', 'auditor')
  @KeyInQueryAllowed()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="pacta-deadlines.ics"')
  @ApiQuery({ name: 'from', required: false, schema: DATE, description: 'first date, inclusive; default open' })
  @ApiQuery({ name: 'to', required: false, schema: DATE, description: 'last date, inclusive; default open' })
  @ApiReadYourWrites()
  async calendar(@Query('from') from?: string, @Query('to') to?: string): Promise<string> {
    const range = this.range(from, to);
    const deadlines = await this.queries.execute(new ListDeadlines(range.from, range.to));
    const parties = await this.queries.execute(new ListParties());
    const partyNames = new Map(parties.map((party) => [party.id, party.name]));
    const calendar = ical({
      name: 'Pacta — määräajat / deadlines',
      prodId: { company: 'pacta', product: 'deadlines', language: 'FI' },
    });
    const stamp = this.clock.now();
    for (const deadline of deadlines) {
      calendar.createEvent({
        // Two obligations due the same day from the same party are two events.
        id: `${deadline.type}.${deadline.agreementId}.${deadline.partyId ?? 'all'}.${deadline.obligationId ? `${deadline.obligationId}.` : ''}${deadline.date}@pacta`,
        start: deadline.date,
        allDay: true,
        stamp,
        ...calendarEntryOf(deadline, partyNames),
        categories: [{ name: deadline.type }],
      });
    }
    return calendar.toString();
  }
}
