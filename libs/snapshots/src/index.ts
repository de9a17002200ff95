export * from './status-snapshot';
export { renderingVersion, renderSnapshotHtml, renderSnapshotMarkdown, type RenderMeta } from './render/render-snapshot';
export { labelOf, type Label, type LabelGroup } from './render/labels';
