import { ACCESS_ROLES, AccessRole, Caller } from '@pacta/registry';
import { ID_PATTERN, type PartyScope } from '@pacta/domain';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** Where the signing keys are; without it, the `jwks_uri` of the issuer's discovery document. */
  jwksUrl?: string;
  roleClaim: string;
  partyClaim: string;
}

/** Signatures by a key pair only: a shared-secret algorithm would let anyone holding the public key sign. */
export const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** How far the identity provider's clock and ours may disagree on `exp` and `nbf`. */
export const CLOCK_SKEW_SECONDS = 30;

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
export const looksLikeJwt = (presented: string) => JWT.test(presented);

/** A token that is not valid: the answer is 401 with this reason, which says nothing the caller did not send. */
export class TokenRefused extends Error {}

/** The identity provider (its discovery document or keys) cannot be reached: the answer is 503, not 401. */
export class IdentityProviderUnavailable extends Error {}

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Checks bearer tokens from the organisation's identity provider: signature by a key of its JWKS with an allowed
 * algorithm and a `kid`, `iss`, `aud`, `exp` and `nbf`; then reads the Pacta role and parties from the claims.
 */
export class OidcTokens {
  private keySet?: Promise<KeySet>;

  constructor(
    private readonly config: OidcConfig,
    private readonly now: () => Date,
  ) {}

  async callerOf(token: string): Promise<Caller> {
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw new TokenRefused('The bearer token is not a JWT');
    }
    if (typeof kid !== 'string' || kid === '') throw new TokenRefused('The token names no signing key (kid)');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keys(), {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        currentDate: this.now(),
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    return {
      actor: `${payload.iss}#${payload.sub}`,
      role: this.roleOf(payload),
      parties: this.partiesOf(payload),
    };
  }

  private roleOf(payload: JWTPayload): AccessRole {
    const claim = payload[this.config.roleClaim];
    const role = Array.isArray(claim) && claim.length === 1 ? claim[0] : claim;
    if (typeof role !== 'string' || !ACCESS_ROLES.includes(role as AccessRole)) {
      throw new TokenRefused(`The token's ${this.config.roleClaim} claim must be one of ${ACCESS_ROLES.join(', ')}`);
    }
    return role as AccessRole;
  }

  /** Without the claim a token acts for no party: it reads, but a registrar's writes are refused. */
  private partiesOf(payload: JWTPayload): PartyScope {
    const claim = payload[this.config.partyClaim];
    if (claim === undefined) return [];
    if (!Array.isArray(claim) || !claim.every((party) => typeof party === 'string' && (party === '*' || ID_PATTERN.test(party)))) {
      throw new TokenRefused(`The token's ${this.config.partyClaim} claim must be an array of party ids, or ["*"]`);
    }
    return claim.includes('*') ? 'all' : [...new Set(claim as string[])];
  }

  /** Found once; a failure is forgotten, so the next request tries again. */
  private keys(): Promise<KeySet> {
    this.keySet ??= this.jwksUrl().then(
      (url) => createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 }),
      (error: unknown) => {
        this.keySet = undefined;
        throw error;
      },
    );
    return this.keySet;
  }

  private async jwksUrl(): Promise<string> {
    if (this.config.jwksUrl) return this.config.jwksUrl;
    const discovery = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discovery, { signal: AbortSignal.timeout(5000), redirect: 'error' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IdentityProviderUnavailable(`${discovery} cannot be read: ${(error as Error).message}`);
    }
    // A discovery document for another issuer would let that issuer's keys sign for this one.
    if (document.issuer !== this.config.issuer || typeof document.jwks_uri !== 'string') {
      throw new IdentityProviderUnavailable(`${discovery} is not the discovery document of ${this.config.issuer}`);
    }
    return document.jwks_uri;
  }
}

function refusalOf(error: unknown): Error {
  if (error instanceof IdentityProviderUnavailable) return error;
  if (error instanceof errors.JWKSTimeout) return new IdentityProviderUnavailable("The identity provider's keys cannot be read in time");
  // jose says a JWKS it could not fetch or parse with its generic error, or JWKSInvalid: the provider's fault.
  if (error instanceof errors.JWKSInvalid || (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC')) {
    return new IdentityProviderUnavailable(`The identity provider's keys cannot be read: ${error.message}`);
  }
  if (error instanceof errors.JWTExpired) return new TokenRefused('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenRefused(`The token's ${error.claim} claim is not valid here`);
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRefused('The token is signed with an algorithm that is not allowed');
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenRefused('The token names a signing key the identity provider does not have');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRefused("The token's signature is not valid");
  if (error instanceof errors.JOSEError) return new TokenRefused('The bearer token is not valid');
  // A JWKS that cannot be fetched or parsed: the provider's fault, not the caller's.
  return new IdentityProviderUnavailable(`The identity provider's keys cannot be read: ${(error as Error).message}`);
}
