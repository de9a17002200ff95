export { ProjectionRunner, openReadModelsDb, type ProjectionRunnerOptions, type RebuildProgress } from './projection-runner';
export { rebuildReadModels, readModelsFileOf } from './rebuild-read-models';
export { RegistryProjector } from './registry-projector';
export { PROJECTION_VERSIONS, type ProjectionName } from './schema';
export { DEADLINE_TYPES, deadlinesOf, type Deadline, type DeadlineType } from './deadlines/deadlines-of';
export { calendarEntryOf, type CalendarEntryText } from './deadlines/calendar-entry';
export { costSharesForYear, MissingPopulation, NoPopulationCostShare, type CostShares } from './cost-shares/cost-shares-for-year';
export {
  ReadModelQueries,
  type AgreementFilter,
  type AgreementSummary,
  type KnownAt,
  type ObligationFilter,
  type ObligationKey,
  type ObligationPageJson,
  type ObligationView,
  type PartyRecord,
} from './queries/read-model-queries';
export * from './snapshots';
