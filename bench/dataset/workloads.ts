import type { Dataset, Step } from './generate';
import type { DecisionTarget } from '../figures/http';
import type { JoinTarget } from '../harness/steady-commands';

/** The parties' steps and the first `count` agreements (all of them: the whole timeline), in recorded order. */
export function appendWorkload(data: Dataset, count: number): Step[] {
  const steps: Step[] = [...data.partySteps];
  for (let i = 0; i < count; i++) steps.push(...data.agreement(i));
  return steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Agreements that take decisions (not terminated), with a party of their latest version. */
export function decisionTargets(data: Dataset, count: number): DecisionTarget[] {
  const targets: DecisionTarget[] = [];
  for (let i = 0; i < Math.min(count, data.agreementCount); i++) {
    const steps = data.agreement(i);
    if (steps.some((s) => s.request.type === 'TerminateAgreement')) continue;
    const draft = steps[0].request;
    if (draft.type !== 'DraftAgreement') continue;
    const version = steps.some((s) => s.request.type === 'ReviseDraft') ? 2 : 1;
    targets.push({ agreementId: draft.agreementId, partyId: draft.terms.parties[0].partyId, version });
  }
  return targets;
}

/**
 * Agreements in force and never terminated, with an open-ended term and no revision, each with a party of `partyIds`
 * that none of its steps names: a party that may join and withdraw again and again.
 */
export function joinTargets(data: Dataset, partyIds: string[], count: number): JoinTarget[] {
  const targets: JoinTarget[] = [];
  for (let i = 0; i < data.agreementCount && targets.length < count; i++) {
    const steps = data.agreement(i);
    const types = new Set(steps.map((s) => s.request.type));
    const draft = steps[0].request;
    if (draft.type !== 'DraftAgreement' || draft.terms.term.endsOn !== null || draft.terms.term.startsOn > '2027-01-01') continue;
    if (!types.has('EnterIntoForce') || types.has('TerminateAgreement') || types.has('ReviseDraft')) continue;
    const named = JSON.stringify(steps);
    const partyId = partyIds.find((id, j) => j >= i % partyIds.length && !named.includes(`"${id}"`)) ?? partyIds.find((id) => !named.includes(`"${id}"`));
    if (partyId) targets.push({ agreementId: draft.agreementId, partyId });
  }
  return targets;
}
