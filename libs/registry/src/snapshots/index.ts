export * from './snapshot-source';
export * from './snapshots';
export * from './snapshot.handlers';
export { SnapshotForms, SNAPSHOT_FORMS } from './snapshot-forms';
