import { EsdbTestServer } from '../libs/event-store/src/eventstoredb/testing';
import { describeTwoInstances } from './support/two-instances';

/** The same two instances on EventStoreDB: the gRPC test double, run in this process, is the server both use. */
let server: EsdbTestServer | undefined;
describeTwoInstances('EventStoreDB (the test double)', {
  env: async () => {
    server = await EsdbTestServer.start();
    return { PACTA_EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: server.connectionString() };
  },
  close: async () => server?.stop(),
});
