export * from './status-snapshot';
export { renderSnapshotHtml, renderSnapshotMarkdown, type RenderMeta } from './render/render-snapshot';
export { labelOf, type Label, type LabelGroup } from './render/labels';
