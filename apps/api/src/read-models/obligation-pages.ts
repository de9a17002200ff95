import { applyDecorators } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiQuery } from '@nestjs/swagger';
import type { KnownAt, ObligationKey } from '@pacta/projections';
import { Clock, ListObligations, registryDate } from '@pacta/registry';
import { fieldProblem } from '../http/problem';
import { dateQuery, kindQuery, knownAtQuery, obligationTypeQuery } from '../http/query-params';
import { ApiKnownAt, DATE, KIND } from '../openapi/query-schemas';
import { OBLIGATION_TYPES } from '@pacta/domain';

export const DEFAULT_OBLIGATIONS_LIMIT = 100;
export const MAX_OBLIGATIONS_LIMIT = 1000;

const unprocessable = (field: string, detail: string) => fieldProblem(422, 'invalid-query', [{ field, detail }]);

export function limitQuery(value: unknown): number {
  if (value === undefined) return DEFAULT_OBLIGATIONS_LIMIT;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > MAX_OBLIGATIONS_LIMIT) {
    throw unprocessable('limit', `must be a whole number 1–${MAX_OBLIGATIONS_LIMIT}`);
  }
  return Number(value);
}

/**
 * What a `next` cursor carries: the recorded time the listing is pinned to (a position, or the instant the caller
 * gave), the `knownAt` its first page answered with, and the last key of the page before.
 */
interface Cursor {
  knownAt: KnownAt;
  echo: number | string;
  after: ObligationKey;
}

export function encodeCursor({ knownAt, echo, after }: Cursor): string {
  const pin = 'position' in knownAt ? knownAt.position : knownAt.instant;
  return Buffer.from(JSON.stringify([1, pin, echo, ...after])).toString('base64url');
}

const badCursor = () => unprocessable('cursor', 'is not a cursor this listing answered with; send the `next` of the previous page unchanged');

export function decodeCursor(value: unknown): Cursor | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(value)) throw badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 9 || parsed[0] !== 1) throw badCursor();
  const [, pin, echo, agreementId, version, obligationId, partyId, validFrom, rowId] = parsed as unknown[];
  const whole = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length <= 200;
  const knownAt = whole(pin) ? { position: pin } : text(pin) && !Number.isNaN(Date.parse(pin)) ? { instant: pin } : undefined;
  if (!knownAt || !(whole(echo) || text(echo))) throw badCursor();
  if (!text(agreementId) || !whole(version) || !text(obligationId) || !text(partyId) || !text(validFrom) || !whole(rowId)) throw badCursor();
  return { knownAt, echo, after: [agreementId, version, obligationId, partyId, validFrom, rowId] };
}

export interface ObligationsRequest {
  partyId?: string;
  on?: string;
  knownAt?: string;
  type?: string;
  kind?: string;
  limit?: string;
  cursor?: string;
}

const samePin = (a: KnownAt, b: KnownAt) =>
  'position' in a ? 'position' in b && a.position === b.position : 'instant' in b && a.instant === b.instant;

/**
 * A page of obligations as both obligation routes answer it: the filter echoed, `knownAt` and the position the
 * answer reflects (`asOfPosition`, null when recorded time is an instant), the obligations, and `next`, the cursor
 * of the next page. It is UTF-8 JSON text, answered with answerJson: the obligations come already serialised.
 */
export async function obligationsPage(queries: QueryBus, clock: Clock, request: ObligationsRequest): Promise<Buffer[]> {
  const on = dateQuery(request.on, 'on') ?? registryDate(clock.now());
  const given = knownAtQuery(request.knownAt);
  const givenEcho = given && ('position' in given ? given.position : given.instant);
  const type = obligationTypeQuery(request.type);
  const kind = kindQuery(request.kind);
  const limit = limitQuery(request.limit);
  const cursor = decodeCursor(request.cursor);
  if (cursor && given && !samePin(cursor.knownAt, given)) {
    throw unprocessable('cursor', 'was answered for another knownAt; send the same knownAt as the first page, or none');
  }
  const knownAt = cursor?.knownAt ?? given;
  const page = await queries.execute(
    new ListObligations({ partyId: request.partyId, on, knownAt, type, kind }, { limit, after: cursor?.after }),
  );
  const echo = cursor?.echo ?? givenEcho ?? clock.now().toISOString();
  const next = page.next ? encodeCursor({ knownAt: page.knownAt, echo, after: page.next }) : null;
  const head = JSON.stringify({
    ...(request.partyId !== undefined && { partyId: request.partyId }),
    on,
    knownAt: echo,
    asOfPosition: 'position' in page.knownAt ? page.knownAt.position : null,
  });
  return [Buffer.from(`${head.slice(0, -1)},"obligations":`), page.json, Buffer.from(`,"next":${JSON.stringify(next)}}`)];
}

/**
 * Answers JSON text a handler made itself, in parts, without copying them into one buffer (with @Res(): Nest would
 * serialise a Buffer as an object).
 */
export function answerJson(response: Response, parts: Buffer[]): void {
  response.status(200);
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', parts.reduce((length, part) => length + part.length, 0));
  for (const part of parts.slice(0, -1)) response.write(part);
  response.end(parts.at(-1));
}

export const ApiObligationPages = () =>
  applyDecorators(
    ApiQuery({ name: 'on', required: false, schema: DATE, description: 'valid time: the date the obligations apply on; default today' }),
    ApiKnownAt('recorded time: a log position or an instant; default the position the read models have reached (answered as asOfPosition)'),
    ApiQuery({ name: 'type', required: false, enum: OBLIGATION_TYPES, description: 'obligation type' }),
    ApiQuery({ name: 'kind', required: false, schema: KIND, description: 'agreement kind, e.g. family-centre' }),
    ApiQuery({
      name: 'limit',
      required: false,
      description: `obligations a page, 1–${MAX_OBLIGATIONS_LIMIT}; default ${DEFAULT_OBLIGATIONS_LIMIT}`,
      schema: { type: 'integer', minimum: 1, maximum: MAX_OBLIGATIONS_LIMIT, default: DEFAULT_OBLIGATIONS_LIMIT },
    }),
    ApiQuery({
      name: 'cursor',
      required: false,
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', maxLength: 2000 },
      description: 'the `next` of the previous page, unchanged; later pages are read at the same recorded time as the first',
    }),
  );
