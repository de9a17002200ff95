export * from './snapshot-source';
export * from './snapshots';
export * from './snapshot.handlers';
export { SnapshotForms } from './snapshot-forms';
