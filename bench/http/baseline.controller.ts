import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { Access } from '../../apps/api/src/auth/access';

/**
 * The baselines the HTTP figures are divided by: routes behind the same edge, guard and key check as the measured
 * ones, that do no work. Only the benchmark's app has them; the production AppModule never sees this file.
 */
@Controller('bench')
export class BaselineController {
  @Post('baseline')
  @HttpCode(201)
  @Access('registrar')
  post(@Body() body: { partyId?: string }) {
    return { id: body.partyId ?? 'baseline', revision: 0, position: 0 };
  }

  @Get('baseline')
  @Access('registrar', 'legal', 'auditor')
  get() {
    return { obligations: [] };
  }
}
