export * from './event-store.port';
export {
  canonicalJson,
  ChainVerifier,
  eventHash,
  eventHashFromCanonicalParts,
  sha256Hex,
  verifyChain,
  type ChainBreak,
  type ChainBreakReason,
  type ChainHead,
  type ChainVerification,
  type HashedEventFields,
} from './hash-chain';
export { eventIdsFor, newEventId } from './event-ids';
export { SqliteEventStore, type SqliteEventStoreOptions, type SqliteSubscribeOptions } from './sqlite/sqlite-event-store';
export { inWalMode } from './sqlite/wal-mode';
export { connectEventStoreDb } from './eventstoredb/connect';
export type { EventStoreDbOptions, EventStoreDbSubscribeOptions } from './eventstoredb/eventstoredb-event-store';
