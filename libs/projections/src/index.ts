export { ProjectionRunner, openReadModelsDb, type ProjectionRunnerOptions, type RebuildProgress } from './engine/projection-runner';
export { rebuildReadModels, readModelsFileOf } from './engine/rebuild-read-models';
export { PROJECTION_VERSIONS, type ProjectionName } from './engine/schema';
export { ReadModelQueries } from './read-models/read-model-queries';
export type { PartyRecord } from './read-models/parties/party-queries';
export type { ProgrammeView } from './read-models/programmes/programme-queries';
export type { AgreementFilter, AgreementSummary } from './read-models/agreements/agreement-queries';
export type { KnownAt, ObligationFilter, ObligationKey, ObligationPageJson, ObligationView } from './read-models/obligations/obligation-queries';
export { Follower, type FollowedReadModels, type FollowerOptions } from './engine/follower';
