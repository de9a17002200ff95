import type { RecordFulfilment } from '../agreements/agreement.commands';
import { obligationFulfilledData, type ObligationFulfilled } from '../agreements/agreement.events';
import type { AgreementState } from '../agreements/agreement.state';
import { AlreadyFulfilled, InvalidCommand, ObligationNotOwed } from '../errors';
import { parseOrThrow } from '../validation';
import { obligationRows } from './expand';

/**
 * A party fulfils an obligation it owes once, by a version in force, on or after the day that binds it and no
 * later than today; a continuing obligation is never fulfilled, and a fulfilment is recorded once.
 */
export function fulfilmentOf(command: RecordFulfilment, state: AgreementState): ObligationFulfilled {
  const { type: _type, today, agreementId: _agreementId, ...payload } = command;
  const data = parseOrThrow(obligationFulfilledData, payload, (detail, field) => new InvalidCommand(detail, field));
  const { obligationId, partyId, fulfilledOn } = data;
  if (fulfilledOn > today) throw new InvalidCommand(`${fulfilledOn} is after today (${today})`, 'fulfilledOn');
  const earlier = state.fulfilments.find((candidate) => candidate.obligationId === obligationId && candidate.partyId === partyId);
  if (earlier) throw new AlreadyFulfilled(`${partyId} already fulfilled ${obligationId} on ${earlier.fulfilledOn}`);
  const inForce = new Set(state.inForce.map((entry) => entry.version));
  const obligations = state.versions
    .filter((version) => inForce.has(version.version))
    .flatMap((version) => version.terms.obligations.filter((obligation) => obligation.id === obligationId));
  if (obligations.length === 0) {
    throw new ObligationNotOwed(`no version of ${state.agreementId} in force has an obligation ${obligationId}`, 'obligationId');
  }
  const continuing = obligations.find((obligation) => obligation.recurrence !== 'once');
  if (continuing) {
    throw new ObligationNotOwed(
      `${obligationId} recurs ${continuing.recurrence ?? 'continuously'}; only an obligation met once is fulfilled`,
      'obligationId',
    );
  }
  const owed = obligationRows(state).filter((row) => row.obligationId === obligationId && row.partyId === partyId);
  if (owed.length === 0) throw new ObligationNotOwed(`${partyId} does not owe ${obligationId}`, 'partyId');
  const bindsFrom = owed.map((row) => row.validFrom).sort()[0];
  if (fulfilledOn < bindsFrom) {
    throw new InvalidCommand(`${obligationId} binds ${partyId} only from ${bindsFrom}, after ${fulfilledOn}`, 'fulfilledOn');
  }
  return { type: 'ObligationFulfilled', schemaVersion: 1, data };
}
