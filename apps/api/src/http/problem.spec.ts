import { AgreementAlreadyExists, AgreementNotFound, InvalidCommand } from '@pacta/domain';
import { StaleRevision } from '@pacta/registry';
import { statusOf } from './problem';

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
