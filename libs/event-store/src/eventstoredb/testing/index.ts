// Test-only: the EventStoreDB test double. Production code never imports this path.
export { EsdbTestLog, type CommitLayout, type EsdbTestLogOptions } from './esdb-test-log';
export { EsdbTestServer, type CallCounts, type EsdbTestServerOptions } from './esdb-test-server';
export { doubleTarget, esdbTargets, type EsdbTarget } from './esdb-targets';
