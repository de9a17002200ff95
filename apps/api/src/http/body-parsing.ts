import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import { sendProblem } from './problem';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BODY_DEPTH = 32;
export const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH'];

/**
 * Keys that reach an object's prototype, and keys named like its built-in methods (`toString`, `hasOwnProperty`),
 * which the DTO transformation would silently skip instead of refusing as unknown.
 */
const FORBIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

interface Frame {
  value: object;
  /** An object's own keys; an array is walked by index, so its items cost no key strings. */
  keys?: string[];
  next: number;
  name?: string | number;
  parent?: Frame;
}

const MAX_KEY_SHOWN = 64;

/** `parties[1].name` for the member `name` of the frame of `parties[1]`: built only when a hazard is found. */
function pathOf(frame: Frame, name: string | number): string {
  const names: (string | number)[] = [name];
  for (let at: Frame | undefined = frame; at?.name !== undefined; at = at.parent) names.unshift(at.name);
  return names.reduce<string>((path, part) => {
    if (typeof part === 'number') return `${path}[${part}]`;
    const shown = part.length > MAX_KEY_SHOWN ? `${part.slice(0, MAX_KEY_SHOWN)}…` : part;
    return path ? `${path}.${shown}` : shown;
  }, '');
}

/**
 * What no Pacta body ever needs: the forbidden keys above, and nesting deeper than any request shape (which
 * would only exhaust the validator's stack). Walked depth first with one frame per level, so neither depth nor
 * a long list costs more than the body itself.
 */
export function bodyHazard(body: unknown): { field: string; detail: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const stack: Frame[] = [{ value: body, keys: Array.isArray(body) ? undefined : Object.keys(body), next: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const count = frame.keys ? frame.keys.length : (frame.value as unknown[]).length;
    if (frame.next === count) {
      stack.pop();
      continue;
    }
    const name = frame.keys ? frame.keys[frame.next] : frame.next;
    frame.next += 1;
    if (typeof name === 'string' && FORBIDDEN_KEYS.has(name)) return { field: pathOf(frame, name), detail: `the key ${name} is not allowed` };
    const child = (frame.value as Record<string | number, unknown>)[name];
    if (typeof child !== 'object' || child === null) continue;
    if (stack.length > MAX_BODY_DEPTH) return { field: pathOf(frame, name), detail: `nests deeper than ${MAX_BODY_DEPTH} levels` };
    stack.push({ value: child, keys: Array.isArray(child) ? undefined : Object.keys(child), next: 0, name, parent: frame });
  }
  return undefined;
}

/** Not strict: a body of valid JSON that is not an object (`null`, `[]`, `42`) is told so, not called malformed. */
const parseJson = json({ limit: MAX_BODY_BYTES, strict: false, type: () => true });

const isJsonObject = (body: unknown) => typeof body === 'object' && body !== null && !Array.isArray(body);

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
      if (hasBody && !isJsonObject(request.body)) {
        const notObject = { field: 'body', detail: 'must be a JSON object' };
        return sendProblem(response, request, { status: 422, code: 'invalid-request', detail: 'The body is valid JSON but not an object', field: 'body', errors: [notObject] });
      }
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
