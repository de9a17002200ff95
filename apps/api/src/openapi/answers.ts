import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type MediaTypeObject, type ReferenceObject } from '@nestjs/swagger';
import { z } from 'zod';
import { named, ref } from './schemas';
import './write-result';

/** RFC 9457 problem details as `sendProblem` writes them; a rule's own members (e.g. `parties`) may follow. */
named(
  'Problem',
  z.looseObject({
    type: z.string().describe('urn:pacta:problem:<code>'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    code: z.string().describe('stable machine-readable name of the problem, e.g. party-not-found'),
    detail: z.string(),
    instance: z.string().describe('the path and query of the request'),
    field: z.string().optional().describe('the first offending input, as the client named it'),
    errors: z.array(z.strictObject({ field: z.string(), detail: z.string() })).optional().describe('every offending input'),
  }),
  'A problem with the request or the service, as application/problem+json (RFC 9457).',
);

const WHEN: Record<number, string> = {
  400: 'A malformed query parameter, path id or header; `field` names it',
  401: 'No API key or token, or one that is not valid',
  403: "The key's role may not do this, or it does not act for the party (`parties` names it)",
  404: 'The resource does not exist',
  409: 'The request conflicts with what is recorded (already exists, wrong state, contended stream)',
  412: 'If-Match names a revision the resource is no longer at; nothing was written',
  413: 'The body exceeds 1 MiB',
  415: 'The body is not application/json',
  422: 'The body or query breaks a rule; `field` and `errors` name the inputs',
  429: 'Too many requests for this API key; wait a minute',
  500: 'The service could not do what it should; it is logged',
  503: 'The store cannot take writes, the read models are behind the requested position, the identity provider cannot be reached, or the instance is stopping; see Retry-After',
};

const RETRY_AFTER = { 'Retry-After': { description: 'seconds to wait before trying again', schema: { type: 'integer' } } };

export const problemResponse = (status: number, description = WHEN[status] ?? 'Error') => ({
  status,
  description,
  ...(status === 503 && { headers: RETRY_AFTER }),
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** Each status an operation can answer besides its success, with the shared problem+json body. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse(problemResponse(status))));

/** What any keyed route can answer before its handler runs: no key, the wrong role, the rate limit, stopping. */
export const KEYED = [401, 403, 429, 503];
/** What any write can answer besides its rules: bad headers, a body that is not JSON, too large, stale If-Match. */
export const WRITE = [...KEYED, 400, 412, 413, 415, 422];

type Headers = Record<string, { description: string; schema: object }>;

export const ETAG: Headers = { ETag: { description: 'names this representation (a revision, or a digest), in quotes; send it back as If-None-Match', schema: { type: 'string' } } };
export const REPLAYED: Headers = {
  'Idempotent-Replayed': { description: 'true when an Idempotency-Key replay answered the first body again', schema: { type: 'string', enum: ['true'] } },
};

/** The success answer of an operation with a JSON body: the component `id` of answerSchemas. */
export const ApiJsonAnswer = (status: number, id: string, description: string, headers?: Headers) =>
  ApiResponse({ status, description, ...(headers && { headers }), content: { 'application/json': { schema: ref(id) } } });

/** A success answer whose body is text of its own media type (Markdown, HTML, iCalendar, NDJSON). */
export const ApiTextAnswer = (status: number, mediaType: string, description: string) =>
  ApiResponse({ status, description, content: { [mediaType]: { schema: { type: 'string' } } } });

/** Newline-delimited JSON: the body is text, each line one `itemId` (named by the extension `x-item-schema`). */
export const ApiNdjsonAnswer = (status: number, itemId: string, description: string) => {
  const lines: MediaTypeObject & { 'x-item-schema': ReferenceObject } = {
    schema: { type: 'string', description: `one ${itemId} a line` },
    'x-item-schema': ref(itemId),
  };
  return ApiResponse({ status, description, content: { 'application/x-ndjson': lines } });
};

/** 304 for a single resource fetched again with the ETag it answered with. */
export const ApiNotModified = () => ApiResponse({ status: 304, description: 'The client already holds this revision (If-None-Match)' });
