import type { AgreementCommand } from '../agreements/agreement.commands';
import { latestVersion, type AgreementState } from '../agreements/agreement.state';
import { DomainError } from '../errors';

/** The parties a key or token acts for: `all` for a registrar of the whole registry, else their ids (maybe none). */
export type PartyScope = 'all' | readonly string[];

/**
 * Whose record a write is, and so who may make it:
 * - `{ party }`: that party's own record (its decision, signature, joining, population): a registrar acting for it;
 * - `{ agreement, leads }`: an agreement as a whole: a registrar acting for one of its hosts or coordinators;
 * - `registry`: the registry's own (a new party): only a registrar acting for every party;
 * - `anyone`: nobody's in particular (a status snapshot): any registrar that acts for some party.
 */
export type ActingFor = { party: string } | { agreement: string; leads: readonly string[] } | 'registry' | 'anyone';

/** A registrar asked to write for a party it does not act for; `parties` names whom the write was for. */
export class NotActingFor extends DomainError {
  readonly refusal = 'forbidden';
  readonly code = 'not-acting-for-party';

  constructor(
    detail: string,
    readonly parties: readonly string[],
  ) {
    super(detail);
  }
}

const listed = (parties: readonly string[]) => (parties.length === 0 ? 'no party' : parties.join(', '));

/** The one rule of who may write for whom: undefined when `scope` may make a write that is `actingFor`'s. */
export function refusalToAct(scope: PartyScope, actingFor: ActingFor): NotActingFor | undefined {
  if (scope === 'all') return undefined;
  const acts = `this registrar acts for ${listed(scope)}`;
  if (scope.length === 0) return new NotActingFor(`${acts}, so it may not write`, []);
  if (actingFor === 'anyone') return undefined;
  if (actingFor === 'registry') return new NotActingFor(`only a registrar for every party may do this; ${acts}`, []);
  if ('party' in actingFor) {
    return scope.includes(actingFor.party) ? undefined : new NotActingFor(`${acts}, not for ${actingFor.party}`, [actingFor.party]);
  }
  if (actingFor.leads.some((party) => scope.includes(party))) return undefined;
  return new NotActingFor(
    `agreement ${actingFor.agreement} is led by ${listed(actingFor.leads)} (host or coordinator); ${acts}`,
    actingFor.leads,
  );
}

/**
 * Whose an agreement command is, on the agreement's state: a draft's by the hosts and coordinators its own terms name,
 * a correction of a party's own fact by that party, any other's by the hosts and coordinators of the latest version. On an agreement that does not exist it is nobody's, so the decider's
 * "not found" answers it.
 */
export function actingForAgreement(command: AgreementCommand, state: AgreementState): ActingFor {
  // A correction is the corrected fact's: a party's decision, signature, joining or withdrawal is that party's.
  const correctedParty = command.type === 'CorrectAgreementFact' ? (command.recorded?.data as { partyId?: unknown } | undefined)?.partyId : undefined;
  if (typeof correctedParty === 'string') return { party: correctedParty };
  const terms = command.type === 'DraftAgreement' ? command.terms : state.exists ? latestVersion(state)?.terms : undefined;
  if (!terms) return 'anyone';
  const leads = terms.parties.filter((party) => party.role === 'host' || party.role === 'coordinator').map((party) => party.partyId);
  return { agreement: command.agreementId, leads: [...new Set(leads)] };
}
