export * from './event-store.port';
export {
  canonicalJson,
  eventHash,
  eventHashFromCanonicalParts,
  sha256Hex,
  verifyChain,
  type ChainBreakReason,
  type ChainVerification,
  type HashedEventFields,
} from './hash-chain';
export { eventIdsFor, newEventId } from './event-ids';
export { SqliteEventStore, type SqliteEventStoreOptions, type SqliteSubscribeOptions } from './sqlite/sqlite-event-store';
