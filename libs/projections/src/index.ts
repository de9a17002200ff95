export { ProjectionRunner, openReadModelsDb, type ProjectionRunnerOptions, type RebuildProgress } from './projection-runner';
export { rebuildReadModels, readModelsFileOf } from './rebuild-read-models';
export { RegistryProjector } from './registry-projector';
export { PROJECTION_VERSIONS, type ProjectionName } from './schema';
export { ReadModelQueries } from './read-models/read-model-queries';
export type { PartyRecord } from './read-models/parties/party-queries';
export type { AgreementFilter, AgreementSummary } from './read-models/agreements/agreement-queries';
export type { KnownAt, ObligationFilter, ObligationKey, ObligationPageJson, ObligationView } from './read-models/obligations/obligation-queries';
