/**
 * Every route of the running application, read from its own router, against who may call it. A route that is
 * added without a line here fails this suite: access is a decision, never a default. Every write route also declares
 * whose record it writes (`@ActsFor`), and is tried by registrars of the owner, of another party and of all.
 */
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { writeOwnerOf, type WriteOwner } from '../apps/api/src/auth/acting-for';
import { draftBody } from './support/bodies';
import { KEYS, TestPacta, startPacta } from './support/pacta';

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
  'GET /v1/programmes/:id/cost-shares': everyone,
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
  'GET /v1/audit/checkpoint': everyone,
  'GET /v1/audit/key': everyone,
  'GET /v1/audit/proofs/inclusion': ['auditor'],
  'GET /v1/audit/proofs/consistency': ['auditor'],
  'POST /v1/snapshots': ['registrar'],
  'GET /v1/snapshots/:id': everyone,
  'GET /v1/snapshots/:id.json': everyone,
  'GET /v1/snapshots/:id.md': everyone,
  'GET /v1/snapshots/:id.html': everyone,
};

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the application serves, as `METHOD /path/:param`, read from the Express router. */
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

/** `POST /v1/parties/:id/names` → how that route finds whose record it writes, for every controller's write route. */
function declaredOwners(pacta: TestPacta): Map<string, WriteOwner | undefined> {
  const owners = new Map<string, WriteOwner | undefined>();
  const controllers = [...pacta.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const { metatype } of controllers) {
    const controller = metatype as Type;
    const base = `/${String(Reflect.getMetadata(PATH_METADATA, controller)).replace(/^\/|\/$/g, '')}`;
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value as object | undefined;
      const method = handler && (Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined);
      if (!handler || method === undefined || method === RequestMethod.GET) continue;
      const path = String(Reflect.getMetadata(PATH_METADATA, handler)).replace(/^\/|\/$/g, '');
      owners.set(`${RequestMethod[method]} ${base}${path ? `/${path}` : ''}`, writeOwnerOf(handler));
    }
  }
  return owners;
}

const OWNER = 'kunta';
const OTHER = 'toinen';
const AGREEMENT = 'ag-scope';
const SCOPED = { [OWNER]: 'registrar-for-kunta-key-0001', [OTHER]: 'registrar-for-toinen-key-001' };

const { kind: _kind, ...terms } = draftBody();
/**
 * Bodies that pass validation, for the routes whose owner only the agreement's state tells: the check comes after
 * the body is validated, so a body that no longer validates shows here as 422 instead of 403.
 */
const STATE_OWNED_BODIES: Record<string, () => object> = {
  'POST /v1/agreements': () => draftBody(),
  'POST /v1/agreements/:id/revisions': () => ({ terms }),
  'POST /v1/agreements/:id/entry-into-force': () => ({ version: 1, effectiveFrom: '2023-01-01' }),
  'POST /v1/agreements/:id/reviews': () => ({ year: 2025, heldOn: '2025-05-01', meeting: 'yhteistyöryhmä', actions: [], findings: [] }),
  'POST /v1/agreements/:id/termination': () => ({ effectiveOn: '2026-12-31', reason: 'päättyy' }),
  // No event of the agreement has this id, so the correction is the agreement's, its hosts' and coordinators'.
  'POST /v1/agreements/:id/corrections': () => ({ eventId: '0193e0a4-0000-7000-8000-000000000001', reason: 'korjaus', retract: true }),
};

describe('party scope on every write route', () => {
  let pacta: TestPacta;
  let writes: string[];
  let owners: Map<string, WriteOwner | undefined>;
  beforeAll(async () => {
    pacta = await startPacta({ apiKeys: Object.entries(SCOPED).map(([party, key]) => `registrar@${party}:${key}`) });
    writes = routesOf(pacta).filter((route) => !route.startsWith('GET '));
    owners = declaredOwners(pacta);
    for (const id of [OWNER, OTHER]) await pacta.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
    await pacta.as('registrar').post('/v1/agreements', draftBody({ id: AGREEMENT })).expect(201);
  });
  afterAll(() => pacta.close());

  it('has a declaration of whose record it writes for every write route the router serves', () => {
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.filter((route) => owners.get(route) === undefined)).toEqual([]);
  });

  /** The request the registrar with `key` makes to the route, for a record of `party`. */
  function attempt(route: string, party: string, key: string) {
    const owner = owners.get(route)!;
    const [, template] = route.split(' ');
    const inPath = typeof owner === 'object' && 'param' in owner.party ? owner.party.param : undefined;
    const path = template.replace(/:(\w+)/g, (_, param: string) => (param === inPath ? party : AGREEMENT));
    let body: object = {};
    if (typeof owner === 'object' && 'body' in owner.party) body = { [owner.party.body]: party };
    if (owner === 'state') {
      const sample = STATE_OWNED_BODIES[route];
      if (!sample) throw new Error(`${route} leaves its owner to the state: give it a valid body in STATE_OWNED_BODIES`);
      body = route === 'POST /v1/agreements' ? { ...sample(), id: `ag-${party}-${Math.random().toString(36).slice(2, 8)}` } : sample();
    }
    return pacta.http.post(path).set('Authorization', `Bearer ${key}`).send(body);
  }

  /** A state-owned route's sample body must validate, or its owner is never checked: say so rather than pass. */
  const outcome = (route: string, { status, body }: { status: number; body: { code?: string; detail?: string } }) => {
    if (owners.get(route) === 'state' && body.code === 'invalid-request') return `STATE_OWNED_BODIES sample is not valid: ${body.detail}`;
    return status === 403 ? 'forbidden' : status === 401 ? 'unauthenticated' : 'through';
  };

  it("lets the owner's registrar and an unscoped one through, and refuses another party's registrar naming the owner", async () => {
    for (const route of writes) {
      const owner = owners.get(route)!;
      const other = await attempt(route, OWNER, SCOPED[OTHER]);
      const own = await attempt(route, OWNER, SCOPED[OWNER]);
      const unscoped = await attempt(route, OWNER, KEYS.registrar);
      const expected =
        owner === 'registry' ? ['forbidden', 'forbidden'] : owner === 'anyone' ? ['through', 'through'] : ['forbidden', 'through'];
      expect([route, outcome(route, other), outcome(route, own), outcome(route, unscoped)]).toEqual([route, ...expected, 'through']);
      if (other.status === 403) {
        expect([route, other.body.code]).toEqual([route, 'not-acting-for-party']);
        if (owner !== 'registry') expect([route, other.body.parties]).toEqual([route, [OWNER]]);
      }
    }
  });

  it("records who acted, and for which parties, in each event's metadata", async () => {
    await pacta.http.post('/v1/agreements').set('Authorization', `Bearer ${SCOPED[OWNER]}`).send(draftBody({ id: 'ag-kunta' })).expect(201);
    const { body } = await pacta.as('registrar').get('/v1/agreements/ag-kunta/events').expect(200);
    expect(body.events[0].metadata).toMatchObject({ actor: 'env-registrar-4', role: 'registrar', parties: [OWNER] });
    const unscoped = await pacta.as('registrar').get(`/v1/agreements/${AGREEMENT}/events`).expect(200);
    expect(unscoped.body.events[0].metadata.actor).toBe('env-registrar-1');
    expect(unscoped.body.events[0].metadata.parties).toBeUndefined();
    expect(JSON.stringify([body, unscoped.body])).not.toMatch(/registrar-(for-kunta-)?key/);
  });

  it('shows for which parties the actor generated a snapshot', async () => {
    const request = { scope: { partyId: OWNER }, on: '2026-06-01', title: 'Tilannekatsaus' };
    const scoped = await pacta.http.post('/v1/snapshots').set('Authorization', `Bearer ${SCOPED[OWNER]}`).send(request).expect(201);
    const unscoped = await pacta.as('registrar').post('/v1/snapshots', request).expect(201);
    const [asScoped, asUnscoped] = await Promise.all([scoped, unscoped].map(({ body }) => pacta.as('legal').get(`/v1/snapshots/${body.id}`).expect(200)));
    expect(asScoped.body).toMatchObject({ actor: 'env-registrar-4', parties: [OWNER] });
    expect(asUnscoped.body.actor).toBe('env-registrar-1');
    expect(asUnscoped.body).not.toHaveProperty('parties');
  });
});
