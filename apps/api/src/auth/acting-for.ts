import { SetMetadata } from '@nestjs/common';
import { refusalToAct, type PartyScope } from '@pacta/domain';
import type { Request } from 'express';

/** Where a write names the party it is for: a path parameter or a member of the body. */
export type PartyIn = { param: string } | { body: string };

/**
 * How a write route finds whose record it writes, which the one rule (`refusalToAct`) then checks against the parties
 * the caller acts for:
 * - `{ party }`: the party the request names, checked before the handler runs;
 * - `state`: whomever the state of the stream says (an agreement's host or coordinator), checked by the repository on
 *   the very state it decides on;
 * - `registry`: only a registrar for every party; `anyone`: any registrar that acts for some party.
 */
export type WriteOwner = { party: PartyIn } | 'state' | 'registry' | 'anyone';

const ACTS_FOR = 'pacta:acts-for';

export const inPath = (param: string): PartyIn => ({ param });
export const inBody = (member: string): PartyIn => ({ body: member });

/** Every write route says whose record it writes; a route that does not is closed to every scoped registrar. */
export const ActsFor = {
  party: (where: PartyIn) => SetMetadata(ACTS_FOR, { party: where } satisfies WriteOwner),
  stateOwner: () => SetMetadata(ACTS_FOR, 'state' satisfies WriteOwner),
  registry: () => SetMetadata(ACTS_FOR, 'registry' satisfies WriteOwner),
  anyone: () => SetMetadata(ACTS_FOR, 'anyone' satisfies WriteOwner),
};

export function writeOwnerOf(handler: object): WriteOwner | undefined {
  return Reflect.getMetadata(ACTS_FOR, handler) as WriteOwner | undefined;
}

function partyNamed(request: Request, where: PartyIn): unknown {
  if ('param' in where) return request.params?.[where.param];
  const body: unknown = request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[where.body] : undefined;
}

/**
 * Checks what can be checked before the handler runs; true when the repository must still check the stream's owner.
 * A party the request does not name as a string cannot be any scoped registrar's, so it is refused as nobody's.
 */
export function checkBeforeHandler(scope: PartyScope, owner: WriteOwner | undefined, request: Request): boolean {
  if (owner === 'state') return true;
  const actingFor =
    owner === undefined ? 'registry' : typeof owner === 'string' ? owner : { party: String(partyNamed(request, owner.party) ?? '(none named)') };
  const refusal = refusalToAct(scope, actingFor);
  if (refusal) throw refusal;
  return false;
}
