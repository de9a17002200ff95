import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import { sendProblem } from './problem';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BODY_DEPTH = 32;
export const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH'];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What no Pacta body ever needs: keys that reach an object's prototype, and nesting deeper than any request
 * shape (which would only exhaust the validator's stack). Walked iteratively, so depth itself cannot overflow.
 */
export function bodyHazard(body: unknown): { field: string; detail: string } | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_BODY_DEPTH) return { field: path || 'body', detail: `nests deeper than ${MAX_BODY_DEPTH} levels` };
    for (const key of Object.keys(value)) {
      const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) return { field: child, detail: `the key ${key} is not allowed` };
      pending.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return undefined;
}

const parseJson = json({ limit: MAX_BODY_BYTES, strict: true, type: () => true });

/**
 * Parses JSON bodies of writes and answers the body's faults as problem+json itself: body-parser's errors
 * arrive before Nest's routing, where no exception filter would see them.
 */
export function jsonBodies(request: Request, response: Response, next: NextFunction) {
  if (!METHODS_WITH_BODY.includes(request.method)) return next();
  const length = Number(request.headers['content-length'] ?? 0);
  const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !request.is(['application/json', 'application/*+json'])) {
    return sendProblem(response, request, {
      status: 415,
      code: 'unsupported-media-type',
      detail: 'Send the body as application/json',
      field: 'Content-Type',
      errors: [{ field: 'Content-Type', detail: 'must be application/json' }],
    });
  }
  parseJson(request, response, (error?: { type?: string; status?: number; message?: string }) => {
    if (!error) {
      const hazard = bodyHazard(request.body);
      if (!hazard) return next();
      return sendProblem(response, request, { status: 422, code: 'invalid-request', detail: `${hazard.field}: ${hazard.detail}`, field: hazard.field, errors: [hazard] });
    }
    if (error.type === 'entity.too.large') {
      return sendProblem(response, request, { status: 413, code: 'body-too-large', detail: `The body exceeds ${MAX_BODY_BYTES} bytes` });
    }
    const status = error.status && error.status < 500 ? error.status : 400;
    sendProblem(response, request, {
      status,
      code: 'malformed-json',
      detail: `The body is not valid JSON: ${error.message ?? 'parse error'}`,
      field: 'body',
      errors: [{ field: 'body', detail: 'must be valid JSON' }],
    });
  });
}
