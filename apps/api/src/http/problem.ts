import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError } from '@pacta/domain';
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

export const fieldProblem = (status: number, code: string, errors: FieldProblem[], detail?: string) =>
  new ProblemException({
    status,
    code,
    detail: detail ?? errors.map((e) => `${e.field}: ${e.detail}`).join('; '),
    field: errors[0]?.field,
    errors,
  });

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
      const { status, code, field, message } = error;
      const extensions = Object.fromEntries(
        Object.entries(error).filter(([key]) => !['status', 'code', 'field', 'detail', 'message', 'name', 'stack'].includes(key)),
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
      throw new ProblemException({ status: error.status, code: error.code, detail: error.message, field, errors: [{ field, detail: error.message }] });
    }
    throw error;
  };
}
