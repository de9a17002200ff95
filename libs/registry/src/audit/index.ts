export * from './audit.queries';
export * from './envelope';
export * from './export-log';
export * from './log-pages';
export * from './verify-log';
