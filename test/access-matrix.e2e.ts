/**
 * Every route of the running application, read from its own router, against who may call it. A route that is
 * added without a line here fails this suite: access is a decision, never a default.
 */
import { TestPacta, startPacta } from './support/pacta';

type Caller = 'registrar' | 'legal' | 'auditor';
const everyone: Caller[] = ['registrar', 'legal', 'auditor'];

/** `public`: needs no key. Otherwise the roles allowed; every other role gets 403. */
const ACCESS: Record<string, Caller[] | 'public'> = {
  'GET /health': 'public',
  'GET /docs': 'public',
  'GET /openapi.json': 'public',
  'POST /v1/parties': ['registrar'],
  'POST /v1/parties/:id/populations': ['registrar'],
  'POST /v1/parties/:id/names': ['registrar'],
  'POST /v1/parties/:id/corrections': ['registrar'],
  'GET /v1/parties/:id': everyone,
  'POST /v1/agreements': ['registrar'],
  'POST /v1/agreements/:id/revisions': ['registrar'],
  'POST /v1/agreements/:id/decisions': ['registrar'],
  'POST /v1/agreements/:id/signatures': ['registrar'],
  'POST /v1/agreements/:id/entry-into-force': ['registrar'],
  'POST /v1/agreements/:id/parties': ['registrar'],
  'POST /v1/agreements/:id/withdrawals': ['registrar'],
  'POST /v1/agreements/:id/reviews': ['registrar'],
  'POST /v1/agreements/:id/fulfilments': ['registrar'],
  'POST /v1/agreements/:id/termination': ['registrar'],
  'POST /v1/agreements/:id/corrections': ['registrar'],
  'GET /v1/agreements/:id': everyone,
  'GET /v1/agreements/:id/events': ['registrar', 'auditor'],
  'POST /v1/programmes': ['registrar'],
  'POST /v1/programmes/:id/declines': ['registrar'],
  'GET /v1/programmes': everyone,
  'GET /v1/programmes/:id': everyone,
  'GET /v1/parties': everyone,
  'GET /v1/parties/:id/obligations': everyone,
  'GET /v1/obligations': everyone,
  'GET /v1/agreements': everyone,
  'GET /v1/agreements/:id/cost-shares': everyone,
  'GET /v1/deadlines': everyone,
  'GET /v1/deadlines.ics': everyone,
  'GET /v1/events': ['auditor'],
  'GET /v1/audit/verify': ['auditor'],
  'GET /v1/audit/export': ['auditor'],
  'POST /v1/snapshots': ['registrar'],
  'GET /v1/snapshots/:id': everyone,
  'GET /v1/snapshots/:id.json': everyone,
  'GET /v1/snapshots/:id.md': everyone,
  'GET /v1/snapshots/:id.html': everyone,
};

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

function routesOf(pacta: TestPacta): string[] {
  const router = (pacta.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router;
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${layer.route!.path}`))
    .filter((route) => !route.includes('*'))
    .filter((route) => !route.startsWith('GET /docs/') && route !== 'GET /docs-json' && route !== 'GET /docs-yaml' && route !== 'GET /openapi.yaml');
}

const concrete = (route: string) => route.replace(/:id/g, 'someone');

describe('the route × role matrix', () => {
  let pacta: TestPacta;
  let routes: string[];
  beforeAll(async () => {
    pacta = await startPacta();
    routes = routesOf(pacta);
  });
  afterAll(() => pacta.close());

  it('has an access decision for every route the application serves', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !(route in ACCESS))).toEqual([]);
  });

  it('decides only routes that exist, so the matrix cannot drift from the application', () => {
    expect(Object.keys(ACCESS).filter((route) => !routes.includes(route))).toEqual([]);
  });

  const send = (route: string, authorization?: string) => {
    const [method, path] = route.split(' ');
    const request = method === 'POST' ? pacta.http.post(concrete(path)).send({}) : pacta.http.get(concrete(path));
    return authorization ? request.set('Authorization', authorization) : request;
  };

  it('answers every protected route 401 without a key and with a wrong key', async () => {
    for (const route of routes.filter((r) => ACCESS[r] !== 'public')) {
      const missing = await send(route);
      expect([route, missing.status]).toEqual([route, 401]);
      const wrong = await send(route, 'Bearer registrar-key-for-tests-0002');
      expect([route, wrong.status]).toEqual([route, 401]);
    }
  });

  it('answers public routes without a key', async () => {
    for (const route of routes.filter((r) => ACCESS[r] === 'public')) {
      const response = await send(route);
      expect([route, response.status < 400]).toEqual([route, true]);
    }
  });

  it('lets each role through exactly where the matrix says, and 403 elsewhere', async () => {
    const { KEYS } = await import('./support/pacta');
    for (const route of routes.filter((r) => ACCESS[r] !== 'public')) {
      for (const role of everyone) {
        const response = await send(route, `Bearer ${KEYS[role]}`);
        const allowed = (ACCESS[route] as Caller[]).includes(role);
        const outcome = response.status === 403 ? 'forbidden' : response.status === 401 ? 'unauthenticated' : 'through';
        expect([route, role, outcome]).toEqual([route, role, allowed ? 'through' : 'forbidden']);
      }
    }
  });
});
