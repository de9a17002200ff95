/**
 * Sign-in through the organisation's identity provider: a real JWKS endpoint served by this test on loopback, with
 * keys it generates, and tokens checked by a running Pacta beside its API keys.
 */
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type JWTPayload } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KEYS, TestPacta, startPacta } from './support/pacta';

const NOW = '2026-11-23T10:00:00Z';
const now = Date.parse(NOW) / 1000;
const AUDIENCE = 'pacta-registry';

interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  /** The paths Pacta asked for, in order. */
  asked: string[];
  token(
    claims?: JWTPayload,
    options?: { alg?: 'RS256' | 'ES256'; kid?: string; issuer?: string; audience?: string; iat?: number; exp?: number; nbf?: number },
  ): Promise<string>;
  publicKeyPem: string;
  close(): Promise<void>;
}

/** An identity provider on loopback: its discovery document, its JWKS (an RS256 key k1, an ES256 key e1), and a signer. */
async function identityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const jwks = {
    keys: [
      { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'e1', alg: 'ES256', use: 'sig' },
    ],
  };
  const asked: string[] = [];
  let issuer = '';
  const server: Server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const body =
      request.url === '/.well-known/openid-configuration' ? { issuer, jwks_uri: `${issuer}/keys` } : request.url === '/keys' ? jwks : undefined;
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/keys`,
    asked,
    publicKeyPem: await exportSPKI(publicKey),
    token: (claims = {}, options = {}) => {
      const alg = options.alg ?? 'RS256';
      const jwt = new SignJWT({ pacta_role: 'registrar', ...claims })
        .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'RS256' ? 'k1' : 'e1') })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? AUDIENCE)
        .setSubject('aino.virtanen')
        .setIssuedAt(options.iat ?? now - 60)
        .setExpirationTime(options.exp ?? now + 300);
      if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
      return jwt.sign(alg === 'RS256' ? privateKey : ec.privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const rantasalmi = { id: 'rantasalmi', name: { fi: 'Rantasalmi' }, type: 'municipality' };
const kuopio = { id: 'kuopio', name: { fi: 'Kuopio' }, type: 'municipality' };
const population = { year: 2025, population: 3300, source: 'Tilastokeskus' };

describe('bearer tokens from the identity provider', () => {
  let idp: IdentityProvider;
  let pacta: TestPacta;
  beforeAll(async () => {
    idp = await identityProvider();
    pacta = await startPacta({ now: NOW, env: { PACTA_OIDC_ISSUER: idp.issuer, PACTA_OIDC_AUDIENCE: AUDIENCE } });
    for (const party of [rantasalmi, kuopio]) await pacta.as('registrar').post('/v1/parties', party).expect(201);
  });
  afterAll(async () => {
    await pacta.close();
    await idp.close();
  });

  const withToken = (token: string) => ({
    get: (path: string) => pacta.http.get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => pacta.http.post(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  it("finds the keys through the issuer's discovery document, and lets a token act for its parties only", async () => {
    const token = await idp.token({ pacta_parties: ['rantasalmi'] });
    await withToken(token).post('/v1/parties/rantasalmi/populations', population).expect(201);
    expect(idp.asked.slice(0, 2)).toEqual(['/.well-known/openid-configuration', '/keys']);
    const refused = await withToken(token).post('/v1/parties/kuopio/populations', population).expect(403);
    expect(refused.body).toMatchObject({ code: 'not-acting-for-party', parties: ['kuopio'] });
    await withToken(token).post('/v1/parties', { ...rantasalmi, id: 'juva' }).expect(403);
  });

  it('names the issuer and subject, with the parties, as the actor of what the token recorded', async () => {
    await withToken(await idp.token({ pacta_parties: ['rantasalmi'] })).post('/v1/parties/rantasalmi/names', { name: { fi: 'Rantasalmen kunta' } }).expect(201);
    const { body } = await pacta.as('auditor').get('/v1/events?limit=100').expect(200);
    const renamed = body.events.find((event: { type: string }) => event.type === 'PartyRenamed');
    expect(renamed.metadata).toMatchObject({ actor: `${idp.issuer}#aino.virtanen`, role: 'registrar', parties: ['rantasalmi'] });
  });

  it('takes ["*"] as every party, and keys still work beside tokens', async () => {
    await withToken(await idp.token({ pacta_parties: ['*'] })).post('/v1/parties', { ...rantasalmi, id: 'juva' }).expect(201);
    await pacta.as('registrar').post('/v1/parties', { ...rantasalmi, id: 'sulkava' }).expect(201);
    await pacta.as('legal').get('/v1/parties').expect(200);
  });

  it('lets a registrar token without parties read, but not write', async () => {
    const token = await idp.token();
    await withToken(token).get('/v1/parties/rantasalmi').expect(200);
    const refused = await withToken(token).post('/v1/parties/rantasalmi/populations', population).expect(403);
    expect(refused.body.detail).toMatch(/acts for no party/);
  });

  it('reads the role from the token: a legal token reads and may not write', async () => {
    const token = await idp.token({ pacta_role: 'legal', pacta_parties: ['*'] });
    await withToken(token).get('/v1/parties').expect(200);
    await withToken(token).post('/v1/parties/rantasalmi/populations', population).expect(403);
    await withToken(await idp.token({ pacta_role: 'admin' })).get('/v1/parties').expect(401);
  });

  it('takes a token only in the Authorization header, never as the calendar feed\'s ?key=', async () => {
    // Short enough to pass for a key in the query.
    const token = await idp.token({ pacta_role: 'legal' }, { alg: 'ES256' });
    expect(token.length).toBeLessThan(512);
    await withToken(token).get('/v1/deadlines.ics').expect(200);
    await pacta.http.get(`/v1/deadlines.ics?key=${token}`).expect(401);
  });

  it('allows a small clock skew on exp and nbf, and no more', async () => {
    await withToken(await idp.token({}, { exp: now - 10 })).get('/v1/parties').expect(200);
    await withToken(await idp.token({}, { nbf: now + 10 })).get('/v1/parties').expect(200);
    await withToken(await idp.token({}, { nbf: now + 120 })).get('/v1/parties').expect(401);
  });

  describe('answers 401 to', () => {
    const refusedWith = async (token: string, detail: RegExp) => {
      const answer = await withToken(token).get('/v1/parties').expect(401);
      expect(answer.body.detail).toMatch(detail);
    };

    it('an expired token', async () => refusedWith(await idp.token({}, { iat: now - 3600, exp: now - 120 }), /expired/));
    it('the wrong audience', async () => refusedWith(await idp.token({}, { audience: 'someone-else' }), /aud/));
    it('the wrong issuer', async () => refusedWith(await idp.token({}, { issuer: 'https://login.example.fi' }), /iss/));
    it('an unknown kid', async () => refusedWith(await idp.token({}, { kid: 'k2' }), /signing key/));
    it('no kid at all', async () => {
      const [, payload, signature] = (await idp.token()).split('.');
      await refusedWith(`${base64url({ alg: 'RS256' })}.${payload}.${signature}`, /kid/);
    });

    it('alg: none', async () => {
      const payload = (await idp.token()).split('.')[1];
      await refusedWith(`${base64url({ alg: 'none', kid: 'k1' })}.${payload}.`, /not allowed|not valid/);
    });

    it('HS256 signed with the public key as the secret', async () => {
      const forged = await new SignJWT({ pacta_role: 'registrar', pacta_parties: ['*'] })
        .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
        .setIssuer(idp.issuer)
        .setAudience(AUDIENCE)
        .setSubject('mallory')
        .setIssuedAt(now - 60)
        .setExpirationTime(now + 300)
        .sign(new TextEncoder().encode(idp.publicKeyPem));
      await refusedWith(forged, /algorithm that is not allowed/);
    });

    it('a tampered payload', async () => {
      const [header, payload, signature] = (await idp.token({ pacta_parties: ['rantasalmi'] })).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      await refusedWith(`${header}.${base64url({ ...claims, pacta_parties: ['*'] })}.${signature}`, /signature/);
    });
  });
});

describe('bearer tokens with PACTA_OIDC_JWKS_URL', () => {
  it('takes the keys from there, without asking for the discovery document', async () => {
    const idp = await identityProvider();
    const pacta = await startPacta({ now: NOW, env: { PACTA_OIDC_ISSUER: idp.issuer, PACTA_OIDC_AUDIENCE: AUDIENCE, PACTA_OIDC_JWKS_URL: idp.jwksUrl } });
    try {
      await pacta.http.get('/v1/parties').set('Authorization', `Bearer ${await idp.token()}`).expect(200);
      expect(idp.asked).toEqual(['/keys']);
      await pacta.http.get('/v1/parties').set('Authorization', `Bearer ${KEYS.auditor}`).expect(200);
    } finally {
      await pacta.close();
      await idp.close();
    }
  });

  it('answers 503, not 401, while the identity provider cannot be reached', async () => {
    const idp = await identityProvider();
    const token = await idp.token();
    await idp.close();
    const pacta = await startPacta({ now: NOW, env: { PACTA_OIDC_ISSUER: idp.issuer, PACTA_OIDC_AUDIENCE: AUDIENCE } });
    try {
      const answer = await pacta.http.get('/v1/parties').set('Authorization', `Bearer ${token}`).expect(503);
      expect(answer.body.code).toBe('identity-provider-unavailable');
    } finally {
      await pacta.close();
    }
  });
});
