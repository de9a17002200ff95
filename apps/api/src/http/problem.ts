import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, type Refusal } from '@pacta/domain';
import { StoreUnavailable } from '@pacta/event-store';
import { WriteError } from '@pacta/registry';
import type { Request, Response } from 'express';
import { withoutKey } from './redact-url';

export interface FieldProblem {
  field: string;
  detail: string;
}

/** RFC 9457 problem details; `field` names the first offending input, `errors` all of them. */
export interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  title?: string;
  field?: string;
  errors?: FieldProblem[];
  /** Further members, such as the parties a rule names. */
  extensions?: Record<string, unknown>;
}

export const problemType = (code: string) => `urn:pacta:problem:${code}`;

export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemInput) {
    super(problem.detail, problem.status);
  }
}

/** Enough to fix a request by; the rest are counted, so a hostile body cannot make the answer larger than itself. */
export const MAX_LISTED_ERRORS = 20;

export function fieldProblem(status: number, code: string, errors: FieldProblem[], detail?: string) {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const errorsOmitted = errors.length - listed.length;
  const more = errorsOmitted ? `; and ${errorsOmitted} more` : '';
  return new ProblemException({
    status,
    code,
    detail: detail ?? listed.map((e) => `${e.field}: ${e.detail}`).join('; ') + more,
    field: listed[0]?.field,
    errors: listed,
    ...(errorsOmitted ? { extensions: { errorsOmitted } } : {}),
  });
}

export function sendProblem(response: Response, request: Request, problem: ProblemInput) {
  const { extensions, ...members } = problem;
  const body = {
    ...extensions,
    type: problemType(problem.code),
    title: problem.title ?? HttpStatusTitle(problem.status),
    ...members,
    instance: withoutKey(request.originalUrl ?? request.url),
  };
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}

function HttpStatusTitle(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name ? name.toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) : 'Error';
}

const STATUS_OF_REFUSAL: Record<Refusal, 403 | 404 | 409 | 422> = { forbidden: 403, 'not-found': 404, conflict: 409, invalid: 422 };

/** The HTTP status of a refusal: the domain says what kind it is, the registry's write errors say it already. */
export const statusOf = (error: DomainError | WriteError): number =>
  error instanceof DomainError ? STATUS_OF_REFUSAL[error.refusal] : error.status;

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (response.headersSent) return;
    sendProblem(response, request, this.toProblem(error, response));
  }

  private toProblem(error: unknown, response: Response): ProblemInput {
    if (error instanceof ProblemException) return error.problem;
    if (error instanceof DomainError || error instanceof WriteError) {
      const { code, field, message } = error;
      const status = statusOf(error);
      if (status === 503) response.setHeader('Retry-After', '1');
      const extensions = Object.fromEntries(
        Object.entries(error).filter(([key]) => !['status', 'refusal', 'code', 'field', 'detail', 'message', 'name', 'stack'].includes(key)),
      );
      return { extensions, status, code, detail: message, ...(field ? { field, errors: [{ field, detail: message }] } : {}) };
    }
    if (error instanceof StoreUnavailable) {
      this.logger.error(`store unavailable: ${error.message}`);
      response.setHeader('Retry-After', '5');
      return { status: 503, code: 'store-unavailable', detail: 'The event store cannot take writes now; nothing was written. Try again shortly.' };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = HttpStatusTitle(status).toLowerCase().replace(/ /g, '-');
      return { status, code, detail: error.message };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { status: 500, code: 'internal-error', detail: 'An unexpected error occurred; it has been logged.' };
  }
}

/** For a body that nests the domain's input under `prefix`: names the field as the client sent it. */
export function fieldsUnder(prefix: string) {
  return (error: unknown): never => {
    if (error instanceof DomainError && error.field) {
      const field = `${prefix}.${error.field}`;
      throw new ProblemException({ status: statusOf(error), code: error.code, detail: error.message, field, errors: [{ field, detail: error.message }] });
    }
    throw error;
  };
}
