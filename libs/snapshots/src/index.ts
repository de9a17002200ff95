export * from './status-snapshot';
export * from './snapshot-document';
export { renderingVersion, renderSnapshotHtml, renderSnapshotMarkdown, type RenderMeta } from './render/render-snapshot';
export { inTheirLanguages, labelOf, type Label, type LabelGroup } from './render/labels';
