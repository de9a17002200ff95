import { addDays, maxDate, minDate, type CalendarDate } from '../calendar/dates';
import {
  approvingDecision,
  findVersion,
  joinsAfterEntryIntoForce,
  partiesOf,
  signatureOf,
  type AgreementState,
  type PartyOfAgreement,
} from '../agreements/agreement.state';
import type { AgreementEvent, VersionInForce } from '../agreements/agreement.events';
import type { CostShare, Location, Obligation, ObligationType, Recurrence, Role, Selector } from '../agreements/terms';
import type { LocalizedText } from '../localized-text';
import type { PartyType } from '../parties/party.events';

/** One obliged party's obligation under one version, over the valid-time interval it applies. */
export interface ObligationRow {
  agreementId: string;
  kind: string;
  version: number;
  obligationId: string;
  type: ObligationType;
  partyId: string;
  partyType: PartyType;
  role: Role;
  beneficiary?: Selector;
  beneficiaryPartyIds: string[];
  description: LocalizedText;
  clause?: string;
  costShare?: CostShare;
  recurrence?: Recurrence;
  /** The place the terms name for the obligation. */
  location?: Location;
  /** For a once obligation with a due date: the date, and whether this stretch lies after it. */
  dueOn?: CalendarDate;
  overdue?: boolean;
  validFrom: CalendarDate;
  /** Inclusive last day; null while open-ended. */
  validTo: CalendarDate | null;
  /** Present when the obligation rests on a record the documents do not state (see restsOnAssumption). */
  assumed?: true;
}

export function obligationRows(state: AgreementState): ObligationRow[] {
  return state.inForce.flatMap((entry, i) => {
    const version = state.versions.find((candidate) => candidate.version === entry.version);
    if (!version) return [];
    const next = state.inForce[i + 1];
    const versionEnd = next ? addDays(next.effectiveFrom, -1) : version.terms.term.endsOn;
    const parties = partiesOf(state, entry.version);
    return version.terms.obligations.flatMap((obligation) => {
      const beneficiaryPartyIds = obligation.beneficiary
        ? [...new Set(select(obligation.beneficiary, parties).map((party) => party.partyId))]
        : [];
      return select(obligation.obligor, parties).flatMap((party): ObligationRow[] => {
        const bindingFrom = bindingFromOf(state, party, entry.version, entry.effectiveFrom);
        if (bindingFrom === undefined) return [];
        const validFrom = maxDate(entry.effectiveFrom, bindingFrom, obligation.validFrom ?? entry.effectiveFrom);
        const validTo = earliest([
          versionEnd,
          obligation.validTo,
          party.withdrawnOn,
          state.termination?.effectiveOn,
          lastDayOwed(state, obligation, party.partyId),
        ]);
        if (validTo !== null && validTo < validFrom) return [];
        const location = version.terms.locations?.find((candidate) => candidate.id === obligation.at);
        const assumed = restsOnAssumption(state, entry, party.partyId);
        return beforeAndAfterDue(obligation, validFrom, validTo).map((stretch) => ({
            agreementId: state.agreementId,
            kind: state.kind,
            version: entry.version,
            obligationId: obligation.id,
            type: obligation.type,
            partyId: party.partyId,
            partyType: party.partyType,
            role: party.role,
            beneficiary: obligation.beneficiary,
            beneficiaryPartyIds,
            description: obligation.description,
            clause: obligation.clause,
            costShare: obligation.costShare,
            recurrence: obligation.recurrence,
            ...(location && { location }),
            ...stretch,
            ...(assumed && { assumed }),
        }));
      });
    });
  });
}

/** A once obligation is owed up to the day before the party fulfilled it. */
function lastDayOwed(state: AgreementState, obligation: Obligation, partyId: string): CalendarDate | undefined {
  if (obligation.recurrence !== 'once') return undefined;
  const fulfilment = state.fulfilments.find((candidate) => candidate.obligationId === obligation.id && candidate.partyId === partyId);
  return fulfilment && addDays(fulfilment.fulfilledOn, -1);
}

type Stretch = Pick<ObligationRow, 'dueOn' | 'overdue' | 'validFrom' | 'validTo'>;

/** A stretch of a once obligation is overdue when it starts after the due date; stretches never straddle it. */
export const isOverdueStretch = (validFrom: CalendarDate, dueOn: CalendarDate): boolean => validFrom > dueOn;

/** An obligation with a due date is owed up to it, then overdue: one stretch either side of the due date. */
function beforeAndAfterDue(obligation: Obligation, validFrom: CalendarDate, validTo: CalendarDate | null): Stretch[] {
  const { dueOn } = obligation;
  if (dueOn === undefined) return [{ validFrom, validTo }];
  const split = validFrom <= dueOn && (validTo === null || validTo > dueOn);
  const stretches = split ? [{ validFrom, validTo: dueOn }, { validFrom: addDays(dueOn, 1), validTo }] : [{ validFrom, validTo }];
  return stretches.map((stretch) => ({ dueOn, overdue: isOverdueStretch(stretch.validFrom, dueOn), ...stretch }));
}

/**
 * Whether the party's obligations under the version entered into force rest on an assumed record: the terms, the
 * entry into force, the party's joining, or the approval or signature by which the party is bound.
 */
export function restsOnAssumption(state: AgreementState, entry: VersionInForce, partyId: string): boolean {
  const version = findVersion(state, entry.version);
  return [
    version,
    entry,
    ...state.joined.filter((join) => join.partyId === partyId),
    approvingDecision(state, partyId, entry.version),
    signatureOf(state, partyId, entry.version),
  ].some((record) => record?.assumed !== undefined);
}

function select(selector: Selector, parties: PartyOfAgreement[]): PartyOfAgreement[] {
  if (selector === 'all') return parties;
  if ('partyId' in selector) return parties.filter((party) => party.partyId === selector.partyId);
  if ('partyType' in selector) return parties.filter((party) => party.partyType === selector.partyType);
  return parties.filter((party) => party.role === selector.role);
}

/**
 * The day the version starts binding the party. Parties due at entry into force had to approve and sign
 * before it; a party joining later is bound from its joinsOn, but not before it has approved and signed.
 */
function bindingFromOf(
  state: AgreementState,
  party: PartyOfAgreement,
  version: number,
  effectiveFrom: CalendarDate,
): CalendarDate | undefined {
  if (party.joinsOn <= effectiveFrom) return party.joinsOn;
  const signature = signatureOf(state, party.partyId, version);
  if (!signature || !approvingDecision(state, party.partyId, version)) return undefined;
  return maxDate(party.joinsOn, signature.signedOn);
}

function earliest(ends: (CalendarDate | null | undefined)[]): CalendarDate | null {
  const known = ends.filter((end): end is CalendarDate => typeof end === 'string');
  return known.length === 0 ? null : minDate(known[0], ...known.slice(1));
}

/**
 * Only versions in force yield obligation rows, so drafts, revisions and reviews never change them; a decision
 * or signature matters only for a party that joins an in-force version after its entry into force; a correction
 * may change any of them.
 */
export function mayChangeObligations(state: AgreementState, event: AgreementEvent): boolean {
  switch (event.type) {
    case 'VersionEnteredIntoForce':
    case 'PartyJoined':
    case 'PartyWithdrew':
    case 'ObligationFulfilled':
    case 'AgreementTerminated':
      return state.inForce.length > 0;
    case 'BoardDecisionRecorded':
    case 'SignatureRecorded':
      return joinsAfterEntryIntoForce(state, event.data.version, event.data.partyId);
    // A correction may have taken away the very entry into force the rows came from.
    case 'FactCorrected':
      return true;
    default:
      return false;
  }
}
