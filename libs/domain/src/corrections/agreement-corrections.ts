import type { z } from 'zod';
import { addDays, type CalendarDate } from '../calendar/dates';
import {
  agreementTerminatedData,
  annualReviewRecordedData,
  boardDecisionRecordedData,
  partyJoinedData,
  partyWithdrewData,
  signatureRecordedData,
  versionEnteredIntoForceData,
  type AgreementEvent,
  type BoardDecision,
} from '../agreements/agreement.events';
import type { CorrectAgreementFact } from '../agreements/agreement.commands';
import {
  approvingDecision,
  duePartyIds,
  findVersion,
  hasApproved,
  hasSigned,
  latestVersion,
  partiesOf,
  type AgreementState,
} from '../agreements/agreement.state';
import { AgreementNotFound, CorrectionBreaksDependent, DateInTheFuture, FactAlreadyRetracted, InvalidCorrection } from '../errors';
import { unstatedWithoutAssumption } from '../provenance';
import { parseOrThrow } from '../validation';
import { changeOf, correctionOf, currentData, sameData, type Correction } from './fact-corrected';

interface CorrectableFact {
  schema: z.ZodType;
  /** What makes the fact the fact it is: a correction may not change it (retract it and record the right one). */
  keeps: string[];
  /** The date of a fact that must have happened by today. */
  happenedOn?: string;
}

/** Every agreement fact a correction may replace or retract. Terms are not among them: a draft is revised. */
const CORRECTABLE: Partial<Record<AgreementEvent['type'], CorrectableFact>> = {
  BoardDecisionRecorded: { schema: boardDecisionRecordedData, keeps: ['partyId', 'version'], happenedOn: 'meetingDate' },
  SignatureRecorded: { schema: signatureRecordedData, keeps: ['partyId', 'version'], happenedOn: 'signedOn' },
  VersionEnteredIntoForce: { schema: versionEnteredIntoForceData, keeps: ['version'] },
  PartyJoined: { schema: partyJoinedData, keeps: ['partyId', 'partyType'] },
  PartyWithdrew: { schema: partyWithdrewData, keeps: ['partyId'] },
  AnnualReviewRecorded: { schema: annualReviewRecordedData, keeps: ['year'], happenedOn: 'heldOn' },
  AgreementTerminated: { schema: agreementTerminatedData, keeps: [] },
};

type Data = Record<string, unknown>;

/**
 * Decides a correction of one of the agreement's events. It is refused when the event is not one of the
 * agreement's facts, or is retracted already; when the replacement is malformed, changes what makes the fact that
 * fact, or dates a meeting, signature or review after today; and when it would leave a signature, an entry into
 * force, a join or a withdrawal resting on something no longer true (409, naming each).
 */
export function decideAgreementCorrection(command: CorrectAgreementFact, state: AgreementState): AgreementEvent[] {
  if (!state.exists) throw new AgreementNotFound(`agreement ${command.agreementId} does not exist`);
  const { eventId, recorded } = command;
  const fact = correctableFact(recorded, `agreement ${state.agreementId}`, eventId);
  const was = currentData(eventId, recorded!.data, state.corrections) as Data | undefined;
  if (was === undefined) throw new FactAlreadyRetracted(`event ${eventId} was retracted; there is nothing left to correct`);
  const change = changeOf(command);
  const replacement = 'replacement' in change ? validReplacement(fact, was, change.replacement, command.today) : undefined;
  const unstated = replacement && unstatedWithoutAssumption(recorded!.type, replacement);
  if (unstated) throw new InvalidCorrection(`the ${unstated} is required, unless the replacement is marked assumed`, `replacement.${unstated}`);
  const data = correctionOf(command, recorded!.type, was, replacement, indexOf(state, recorded!.type, was));
  const before = new Set(brokenDependencies(state));
  const broken = brokenDependencies(applyAgreementCorrection(state, data)).filter((dependent) => !before.has(dependent));
  if (broken.length > 0) {
    throw new CorrectionBreaksDependent(
      `this correction would leave ${broken.join('; ')}. Correct or retract what depends on it first.`,
      broken,
    );
  }
  return [{ type: 'FactCorrected', schemaVersion: 1, data }];
}

/** The rules for correcting the recorded event, or why it cannot be corrected. */
export function correctableFact(
  recorded: { type: string; data: unknown } | undefined,
  subject: string,
  eventId: string,
  rules: Partial<Record<string, CorrectableFact>> = CORRECTABLE,
): CorrectableFact {
  if (!recorded) throw new InvalidCorrection(`${subject} has no event ${eventId}`, 'eventId');
  if (recorded.type === 'FactCorrected') {
    const corrected = (recorded.data as Correction).eventId;
    throw new InvalidCorrection(`event ${eventId} is itself a correction; correct event ${corrected} instead`, 'eventId');
  }
  const fact = rules[recorded.type];
  if (!fact) throw new InvalidCorrection(`a ${recorded.type} is not corrected: ${NOT_CORRECTED[recorded.type] ?? 'it is not a fact'}`, 'eventId');
  return fact;
}

const NOT_CORRECTED: Record<string, string> = {
  AgreementDrafted: 'the terms are changed by revising the draft',
  DraftRevised: 'the terms are changed by revising the draft again',
};

/** The replacement, checked as the event's data and against the fact it replaces. */
export function validReplacement(fact: CorrectableFact, was: Data, input: unknown, today: CalendarDate): Data {
  const replacement = parseOrThrow(fact.schema, input, (detail, field) => new InvalidCorrection(`replacement.${detail}`, `replacement.${field}`)) as Data;
  for (const key of fact.keeps) {
    if (!sameData(replacement[key], was[key])) {
      throw new InvalidCorrection(
        `a correction keeps the ${key} (${JSON.stringify(was[key])}); retract the fact and record the right one instead`,
        `replacement.${key}`,
      );
    }
  }
  const happenedOn = fact.happenedOn && (replacement[fact.happenedOn] as CalendarDate);
  if (happenedOn && happenedOn > today) throw new DateInTheFuture(`replacement.${fact.happenedOn}`, happenedOn, today);
  if (sameData(replacement, was)) throw new InvalidCorrection('the replacement is the fact as it already stands', 'replacement');
  const vote = (replacement as Partial<BoardDecision>).vote;
  if ((replacement as Partial<BoardDecision>).unanimous && vote && vote.against > 0) {
    throw new InvalidCorrection(`a unanimous decision cannot have ${vote.against} votes against`, 'replacement.vote');
  }
  return replacement;
}

/**
 * The state with the correction applied: the fact it names replaced or removed, and the correction added to the
 * trail. The fact is found at its place (`index`), which holds in a read-side state too, where decisions and
 * signatures keep only some of their fields.
 */
export function applyAgreementCorrection(state: AgreementState, correction: Correction): AgreementState {
  const corrected = { ...state, corrections: [...(state.corrections ?? []), correction] };
  const { was, replacement: now, index } = correction;
  const replace = <T extends object>(list: readonly T[], identity: string[], by = now) => replaced(list, index, was, identity, by);
  switch (correction.correctedType) {
    case 'BoardDecisionRecorded':
      return { ...corrected, versions: inVersionOf(was, state, (version) => ({ ...version, decisions: replace(version.decisions, ['partyId', 'meetingDate']) })) };
    case 'SignatureRecorded':
      return { ...corrected, versions: inVersionOf(was, state, (version) => ({ ...version, signatures: replace(version.signatures, ['partyId', 'signedOn']) })) };
    case 'VersionEnteredIntoForce':
      return { ...corrected, inForce: replace(state.inForce, ['version']) };
    case 'PartyJoined': {
      const atVersion = state.joined[index ?? -1]?.atVersion ?? state.joined.find((join) => join.partyId === was.partyId)?.atVersion;
      return { ...corrected, joined: replace(state.joined, ['partyId', 'joinsOn'], now && { ...now, atVersion }) };
    }
    case 'PartyWithdrew':
      return { ...corrected, withdrawals: replace(state.withdrawals, ['partyId', 'effectiveOn']) };
    case 'AnnualReviewRecorded':
      return { ...corrected, reviews: replace(state.reviews, ['year', 'heldOn']) };
    case 'AgreementTerminated': {
      if (now) return { ...corrected, termination: now as unknown as AgreementState['termination'] };
      const { termination: _retracted, ...rest } = corrected;
      return rest;
    }
    default:
      return corrected;
  }
}

/** The versions, the one the fact `was` belongs to changed by `change`. */
function inVersionOf(was: Data, state: AgreementState, change: (version: AgreementState['versions'][number]) => AgreementState['versions'][number]) {
  return state.versions.map((version) => (version.version === was.version ? change(version) : version));
}

/** Where the fact that was `was` stands among the facts of its kind; undefined for a termination, the only one. */
function indexOf(state: AgreementState, type: string, was: Data): number | undefined {
  const withoutVersion = ({ atVersion: _atVersion, ...join }: Data) => join;
  const lists: Record<string, readonly Data[]> = {
    BoardDecisionRecorded: (findVersion(state, was.version as number)?.decisions ?? []) as unknown as Data[],
    SignatureRecorded: (findVersion(state, was.version as number)?.signatures ?? []) as unknown as Data[],
    VersionEnteredIntoForce: state.inForce as unknown as Data[],
    PartyJoined: (state.joined as unknown as Data[]).map(withoutVersion),
    PartyWithdrew: state.withdrawals as unknown as Data[],
    AnnualReviewRecorded: state.reviews as unknown as Data[],
  };
  const index = lists[type]?.findIndex((item) => sameData(item, was)) ?? -1;
  return index < 0 ? undefined : index;
}

/**
 * The list with the fact replaced by `now`, or removed when there is none: the one at `index` when the correction
 * says, else the first that reads as `was`, else the first that has its identifying fields.
 */
function replaced<T extends object>(list: readonly T[], index: number | undefined, was: Data, identity: string[], now: Data | undefined): T[] {
  const fields = (item: T) => item as Data;
  let at = index !== undefined && index < list.length ? index : list.findIndex((item) => sameData(fields(item), was));
  if (at < 0) at = list.findIndex((item) => identity.every((key) => fields(item)[key] === was[key]));
  if (at < 0) return [...list];
  return [...list.slice(0, at), ...(now ? [now as T] : []), ...list.slice(at + 1)];
}

/**
 * The recorded facts that rest on something the state no longer holds true, each said with why: a decision by a
 * non-party, a signature without an approval before it, an entry into force not approved and signed by every party
 * due, or outside the term or out of order, a join outside the term, a withdrawal of a party not a party then.
 */
export function brokenDependencies(state: AgreementState): string[] {
  const broken: string[] = [];
  for (const version of state.versions) {
    const v = version.version;
    const parties = partiesOf(state, v);
    for (const decision of version.decisions) {
      if (!parties.some((party) => party.partyId === decision.partyId)) {
        broken.push(`the decision of ${decision.partyId} on ${decision.meetingDate} (version ${v}) by a party not of version ${v}`);
      }
    }
    for (const signature of version.signatures) {
      const approval = approvingDecision(state, signature.partyId, v);
      const what = `the signature of ${signature.partyId} on ${signature.signedOn} (version ${v})`;
      if (!approval) broken.push(`${what} without an approval of version ${v}`);
      else if (signature.signedOn < approval.meetingDate) broken.push(`${what} before its approval on ${approval.meetingDate}`);
    }
  }
  state.inForce.forEach((entry, i) => {
    const what = `the entry into force of version ${entry.version} on ${entry.effectiveFrom}`;
    const version = findVersion(state, entry.version);
    if (!version) return;
    const { startsOn, endsOn } = version.terms.term;
    if (entry.effectiveFrom < startsOn || (endsOn !== null && entry.effectiveFrom > endsOn)) broken.push(`${what} outside the term`);
    const previous = state.inForce[i - 1];
    if (previous && entry.effectiveFrom <= previous.effectiveFrom) broken.push(`${what} not after version ${previous.version}'s`);
    const notReady = duePartyIds(state, entry.version, entry.effectiveFrom).filter(
      (partyId) => !hasApproved(state, partyId, entry.version) || !hasSigned(state, partyId, entry.version),
    );
    if (notReady.length > 0) broken.push(`${what} not approved and signed by ${notReady.join(', ')}`);
  });
  const latest = latestVersion(state);
  if (latest) {
    const { startsOn, endsOn } = latest.terms.term;
    for (const join of state.joined) {
      if (join.joinsOn < startsOn || (endsOn !== null && join.joinsOn > endsOn)) broken.push(`the joining of ${join.partyId} on ${join.joinsOn} outside the term`);
    }
    const memberships = partiesOf(state, latest.version);
    for (const withdrawal of state.withdrawals) {
      const member = memberships.some((party) => party.partyId === withdrawal.partyId && withdrawal.effectiveOn >= addDays(party.joinsOn, -1));
      if (!member) broken.push(`the withdrawal of ${withdrawal.partyId} effective ${withdrawal.effectiveOn} when it is not a party`);
    }
  }
  return broken;
}
