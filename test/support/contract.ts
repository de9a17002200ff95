import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response, Test } from 'supertest';

/**
 * Holds every answer the e2e tests receive to the application's own OpenAPI document: a status, a media type or a
 * field the document does not state fails the test that received it. Only tests pay for this; the service does not.
 */

interface MediaType {
  schema?: object;
  'x-item-schema'?: { $ref: string };
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

/** Served by Swagger itself, beside the API it describes. */
const OUTSIDE_THE_CONTRACT = /^\/(docs|openapi\.json|openapi\.yaml)(?:[/?#-]|$)/;

interface Route {
  pattern: RegExp;
  /** Characters outside `{…}`: `/v1/snapshots/{id}.json` is tried before `/v1/snapshots/{id}`. */
  literal: number;
  methods: Record<string, Operation>;
}

export class Contract {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: document.components });
    this.routes = Object.entries(document.paths)
      .map(([template, methods]) => ({
        methods,
        literal: template.replace(/\{[^}]+\}/g, '').length,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      }))
      .sort((a, b) => b.literal - a.literal);
  }

  /** What is wrong with an answer to `method path`, or undefined when the document states it exactly. */
  check(method: string, path: string, status: number, contentType: string | undefined, text: string): string | undefined {
    const pathname = path.split('?')[0];
    if (OUTSIDE_THE_CONTRACT.test(pathname)) return undefined;
    const route = this.routes.find((candidate) => candidate.pattern.test(pathname));
    const operation = route?.methods[method.toLowerCase()];
    const where = `${method} ${path} answered ${status}`;
    if (!operation) {
      // An unknown route or method: the only answer it may give is a problem saying so.
      if (status === 404 || status === 405) return this.checkBody(`${where} (no such operation)`, '#/components/schemas/Problem', contentType, 'application/problem+json', text);
      return `${where}, but the document has no operation ${method} ${pathname}`;
    }
    const response = operation.responses[String(status)];
    if (!response) return `${where}, a status the document does not list for ${operation.operationId} (${Object.keys(operation.responses).join(', ')})`;
    const mediaType = contentType?.split(';')[0].trim().toLowerCase();
    if (!response.content) {
      return text.length === 0 ? undefined : `${where} with a ${mediaType} body, but the document says it has none`;
    }
    if (!mediaType || !response.content[mediaType]) {
      return `${where} as ${mediaType ?? 'no media type'}, but the document says ${Object.keys(response.content).join(' or ')}`;
    }
    const itemSchema = response.content[mediaType]['x-item-schema'];
    if (itemSchema) return this.checkLines(where, itemSchema.$ref, text);
    const schema = response.content[mediaType].schema as { $ref?: string; type?: string } | undefined;
    if (!schema) return undefined;
    if (!schema.$ref) return schema.type === 'string' ? undefined : `${where}: the document gives ${mediaType} no schema to check`;
    return this.checkBody(where, schema.$ref, contentType, mediaType, text);
  }

  private checkLines(where: string, ref: string, text: string): string | undefined {
    const lines = text.split('\n').filter((line) => line.length > 0);
    for (const [index, line] of lines.entries()) {
      const problem = this.checkBody(`${where}, line ${index + 1}`, ref, 'application/json', 'application/json', line);
      if (problem) return problem;
    }
    return undefined;
  }

  private checkBody(where: string, ref: string, contentType: string | undefined, mediaType: string, text: string): string | undefined {
    if (!contentType?.toLowerCase().startsWith(mediaType)) return `${where} as ${contentType}, not ${mediaType}`;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${where} with a body that is not JSON`;
    }
    const validate = this.validator(ref);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`);
    return `${where}, a body that does not match ${ref}:\n  ${errors.join('\n  ')}\n  body: ${text.slice(0, 500)}`;
  }

  private validator(ref: string): ValidateFunction {
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${ref}` });
      this.validators.set(ref, validate);
    }
    return validate;
  }

  /** Adds the contract to a supertest request: it is checked with the test's own expectations. */
  watch(test: Test): Test {
    const method = (test as unknown as { method: string }).method;
    return test.expect((response: Response) => {
      const request = (response as unknown as { req: { path: string } }).req;
      const problem = this.check(method, request.path, response.status, response.headers['content-type'], textOf(response));
      if (problem) throw new Error(`not as the OpenAPI document says: ${problem}`);
    });
  }
}

/** The body as text, also when a test parsed it its own way (e.g. `.parse(text)` or into a Buffer). */
function textOf(response: Response): string {
  if (typeof response.text === 'string') return response.text;
  const body: unknown = response.body;
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  return '';
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** A supertest agent whose every request is held to the contract. */
export function contractChecked<T extends object>(agent: T, contract: Contract): T {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => contract.watch(value.apply(target, args));
    },
  });
}
