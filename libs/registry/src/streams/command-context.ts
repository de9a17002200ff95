import type { PartyScope } from '@pacta/domain';

export type AccessRole = 'registrar' | 'legal' | 'auditor';

/** Who sent a command and how; the actor always comes from the authenticated key or token, never from a body. */
export interface CommandContext {
  actor: string;
  role: AccessRole;
  /** The parties the caller acts for; the events' metadata names them unless they are all. */
  parties: PartyScope;
  /**
   * Set when only the stream's state tells whose the write is (an agreement's host or coordinator): the repository
   * checks `parties` against it on the state it decides on.
   */
  ownerOnState?: boolean;
  correlationId: string;
  /** Revision from `If-Match`: the write must apply on exactly that revision or fail with 412. */
  expectedRevision?: number;
  /**
   * From `Idempotency-Key`, with the SHA-256 of the request it came with: a replayed key with another request is
   * refused, so the two never come apart.
   */
  idempotency?: { key: string; requestHash: string };
}

export interface WriteResult {
  id: string;
  revision: number;
  position: number;
  /** True when an Idempotency-Key replay returned the first answer instead of writing. */
  replayed?: boolean;
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
