export * from './checkpoint-audit';
export { KeptTree, logTreeFileIn } from './kept-tree';
export * from './log-leaf';
export * from './signing-key';
export * from './transparency-log';
