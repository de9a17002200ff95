import { canonicalJson, sha256Hex } from '@pacta/event-store';
import { renderSnapshotHtml, renderSnapshotMarkdown } from './render/render-snapshot';
import { buildStatusSnapshot, type SnapshotRequest, type SnapshotSource, type StatusSnapshot } from './status-snapshot';

/** The document and its canonical JSON, whose SHA-256 a snapshot records; the other forms render the same document. */
export interface SnapshotDocument {
  snapshot: StatusSnapshot;
  json: string;
  sha256: string;
}

export function snapshotDocument(request: SnapshotRequest, source: SnapshotSource): SnapshotDocument {
  const snapshot = buildStatusSnapshot(request, source);
  const json = canonicalJson(snapshot);
  return { snapshot, json, sha256: sha256Hex(json) };
}

export type SnapshotForm = 'json' | 'md' | 'html';
export const SNAPSHOT_FORMS: readonly SnapshotForm[] = ['json', 'md', 'html'];

/** One form of the document: its canonical JSON as recorded, or the Markdown or HTML made from it. */
export function renderSnapshotForm({ snapshot, json, sha256 }: SnapshotDocument, form: SnapshotForm): string {
  switch (form) {
    case 'json':
      return json;
    case 'md':
      return renderSnapshotMarkdown(snapshot, { sha256 });
    case 'html':
      return renderSnapshotHtml(snapshot, { sha256 });
  }
}
