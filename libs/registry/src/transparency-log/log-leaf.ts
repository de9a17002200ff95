import { canonicalJson, type StoredEvent } from '@pacta/event-store';

/** What a leaf of the transparency log says about one event of the log. */
export interface LogLeaf {
  hash: string;
  index: number;
  position: number;
  streamId: string;
  streamRevision: number;
}

/** Leaf `index` of the tree: the RFC 8785 canonical JSON of the event's place in the log and its chain hash. */
export function logLeaf(event: Pick<StoredEvent, 'hash' | 'globalPosition' | 'streamId' | 'streamRevision'>, index: number): string {
  return canonicalJson({ hash: event.hash, index, position: event.globalPosition, streamId: event.streamId, streamRevision: event.streamRevision });
}

export const readLeaf = (text: string): LogLeaf => JSON.parse(text) as LogLeaf;

/** How a leaf names its event in a message: `stream@revision (position p)`. */
export const leafName = ({ streamId, streamRevision, position }: LogLeaf) => `${streamId}@${streamRevision} (position ${position})`;
