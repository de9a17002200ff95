import { StoredEvent } from '@pacta/event-store';

/** The envelope of docs/envelope-and-hash-chain.md, members in its order, as the export and the events endpoints give it. */
export function envelopeOf(e: StoredEvent): StoredEvent {
  return {
    globalPosition: e.globalPosition,
    streamId: e.streamId,
    streamRevision: e.streamRevision,
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
