import { AgreementAlreadyExists, AgreementNotFound, InvalidCommand } from '@pacta/domain';
import { ReadModelsBehind, StaleRevision, TreeBehind } from '@pacta/registry';
import type { ArgumentsHost } from '@nestjs/common';
import { ProblemFilter, statusOf } from './problem';

describe('the HTTP status of a refusal', () => {
  it('maps the domain’s kinds of refusal to 404, 409 and 422', () => {
    expect(statusOf(new AgreementNotFound('no such agreement'))).toBe(404);
    expect(statusOf(new AgreementAlreadyExists('recorded already'))).toBe(409);
    expect(statusOf(new InvalidCommand('not a date', 'on'))).toBe(422);
  });

  it('keeps the status a write error of the registry states', () => {
    expect(statusOf(new StaleRevision('agreement-x', 1, 2))).toBe(412);
  });
});

describe('a write error that asks the client to come back', () => {
  it.each([
    ['the transparency log is behind', new TreeBehind(3, 7)],
    ['the read models are behind', new ReadModelsBehind(7)],
  ])('answers 503 with Retry-After when %s', (_, error) => {
    const headers: Record<string, string> = {};
    const response = {
      headersSent: false,
      setHeader: (name: string, value: string) => (headers[name] = value),
      status: () => response,
      type: () => response,
      send: () => response,
      json: () => response,
      end: () => response,
    };
    const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ originalUrl: '/v1/x', url: '/v1/x', headers: {} }) }) };
    new ProblemFilter().catch(error, host as unknown as ArgumentsHost);
    expect(headers['Retry-After']).toBe('1');
  });
});
