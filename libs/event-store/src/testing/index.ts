// Test-only helpers (they use jest globals); production code imports '@pacta/event-store', never this path.
export { describeEventStoreContract, ev as contractEvent, waitFor } from './event-store.contract';
