import { BadRequestException, Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../../apps/api/src/auth/access';
import { answerJson } from '../../apps/api/src/read-models/obligation-pages';

/** The largest page the same-size route makes: ten times a first page of obligations. */
const MOST_PAGE_BYTES = 1024 * 1024;

/**
 * The baselines the HTTP figures are divided by: routes behind the same edge, guard and key check as the measured
 * ones, that do no work of their own. Only the benchmark's app has them; the production AppModule never sees this file.
 */
@Controller('bench')
export class BaselineController {
  private readonly pages = new Map<number, Buffer>();

  @Post('baseline')
  @HttpCode(201)
  @Access('registrar')
  post(@Body() body: { partyId?: string }) {
    return { id: body.partyId ?? 'baseline', revision: 0, position: 0 };
  }

  /** A JSON answer of `bytes` bytes, made once and then sent as it is, the way obligations are sent. */
  @Get('same-page')
  @Access('registrar', 'legal', 'auditor')
  samePage(@Query('bytes') bytes: string, @Res() response: Response) {
    const size = Number(bytes);
    if (!Number.isSafeInteger(size) || size < 0 || size > MOST_PAGE_BYTES) throw new BadRequestException(`bytes must be a whole number up to ${MOST_PAGE_BYTES}`);
    let page = this.pages.get(size);
    if (!page) this.pages.set(size, (page = pageOf(size)));
    answerJson(response, [page]);
  }
}

function pageOf(size: number): Buffer {
  const [open, close] = ['{"padding":"', '"}'];
  return Buffer.from(open + 'x'.repeat(Math.max(0, size - open.length - close.length)) + close);
}
