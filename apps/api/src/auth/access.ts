import { CanActivate, ExecutionContext, Injectable, Logger, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiSecurity } from '@nestjs/swagger';
import { Caller, KeyCheckBusy, KeyRing, AccessRole } from '@pacta/registry';
import type { NextFunction, Request, Response } from 'express';
import { METHODS_WITH_BODY } from '../http/body-parsing';
import { ProblemException, sendProblem } from '../http/problem';
import type { FailedKeysPerAddress } from '../http/rate-limit';
import { API_KEY_IN_QUERY_SCHEME, API_KEY_SCHEME, TOKEN_SCHEME } from '../openapi/document';
import { checkBeforeHandler, writeOwnerOf } from './acting-for';
import { IdentityProviderUnavailable, OidcTokens, TokenRefused, looksLikeJwt } from './oidc-tokens';

const READS = ['GET', 'HEAD', 'OPTIONS'];

const ACCESS = 'pacta:access';

/** Every route states who may call it; a route without a statement is closed to everyone. */
export const Access = (...roles: AccessRole[]) =>
  applyDecorators(SetMetadata(ACCESS, roles), ApiSecurity(API_KEY_SCHEME), ApiSecurity(TOKEN_SCHEME));
export const Public = () => SetMetadata(ACCESS, 'public');
export const isPublic = (reflector: Reflector, context: ExecutionContext) =>
  reflector.getAllAndOverride(ACCESS, [context.getHandler(), context.getClass()]) === 'public';

const KEY_IN_QUERY = 'pacta:key-in-query';
/**
 * For a feed a calendar program subscribes to by its URL alone: such programs cannot send an Authorization header,
 * so the route also takes the key as `?key=`. Logs never show it (see the request serializer).
 */
export const KeyInQueryAllowed = () => applyDecorators(SetMetadata(KEY_IN_QUERY, true), ApiSecurity(API_KEY_IN_QUERY_SCHEME));

const KEY = /^[\x21-\x7e]{1,512}$/;
/** Long enough for an identity provider's token with its claims; a key is at most 512. */
const BEARER = /^Bearer ([\x21-\x7e]{1,8192})$/;

export const READERS_OF_REGISTRY: AccessRole[] = ['registrar', 'legal', 'auditor'];

export interface AuthenticatedRequest extends Request {
  caller?: Caller;
  /** Whether the repository must check the caller's parties against the owner the stream's state names. */
  ownerOnState?: boolean;
}

const unauthorized = (detail: string) =>
  new ProblemException({
    status: 401,
    code: 'unauthorized',
    detail,
    field: 'Authorization',
    errors: [{ field: 'Authorization', detail }],
  });

const bearerOf = (request: Request) => {
  const header = request.headers.authorization;
  return typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
};

/**
 * Names the caller of a request by its API key or, when an identity provider is configured, its token; or refuses
 * it. Any answer that needed a key is nobody else's to keep, so it is marked no-store here; an address that presented
 * too many wrong keys or tokens is turned away before its key costs a hash.
 */
export class Authenticator {
  private readonly logger = new Logger('Authentication');

  constructor(
    private readonly keys: KeyRing,
    private readonly failures: FailedKeysPerAddress,
    private readonly tokens?: OidcTokens,
  ) {}

  async callerOf(request: Request, response: Response, presented: string | undefined): Promise<Caller> {
    response.setHeader('Cache-Control', 'no-store');
    if (!presented) throw unauthorized('Send an API key or a token as Authorization: Bearer <key or token>');
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const wait = this.failures.retryAfter(address);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new ProblemException({ status: 429, code: 'too-many-requests', detail: `Too many keys from this address were not valid; try again in ${wait} s` });
    }
    let caller: Caller | undefined;
    try {
      caller = await this.keys.authenticate(presented);
      if (!caller && this.tokens && looksLikeJwt(presented)) caller = await this.tokens.callerOf(presented);
    } catch (error) {
      if (error instanceof TokenRefused) {
        this.failures.refused(address);
        throw unauthorized(error.message);
      }
      if (error instanceof IdentityProviderUnavailable) {
        this.logger.error(error.message);
        response.setHeader('Retry-After', '5');
        throw new ProblemException({ status: 503, code: 'identity-provider-unavailable', detail: 'The identity provider cannot be reached to check the token; try again shortly' });
      }
      if (!(error instanceof KeyCheckBusy)) throw error;
      response.setHeader('Retry-After', '1');
      throw new ProblemException({ status: 503, code: 'busy', detail: 'Too many keys are being checked at once; try again shortly' });
    }
    if (!caller) {
      this.failures.refused(address);
      throw unauthorized('The API key is not valid');
    }
    return caller;
  }
}

/**
 * Every route that takes a body needs a key, so the key is checked before the body is read: a stranger's megabyte
 * is never parsed. The access guard then finds the caller already named.
 */
export function keyBeforeBody(authenticator: Authenticator) {
  return (request: AuthenticatedRequest, response: Response, next: NextFunction): void => {
    if (!METHODS_WITH_BODY.includes(request.method)) return next();
    authenticator.callerOf(request, response, bearerOf(request)).then(
      (caller) => {
        request.caller = caller;
        next();
      },
      (error: unknown) => (error instanceof ProblemException ? sendProblem(response, request, error.problem) : next(error)),
    );
  };
}

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<AccessRole[] | 'public' | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const inQuery = this.reflector.getAllAndOverride<boolean | undefined>(KEY_IN_QUERY, [context.getHandler(), context.getClass()])
      ? request.query?.key
      : undefined;
    // A token in a URL would outlive its request in every log and history that keeps the URL: keys only there.
    const presented = bearerOf(request) ?? (typeof inQuery === 'string' && KEY.test(inQuery) && !looksLikeJwt(inQuery) ? inQuery : undefined);
    const caller = request.caller ?? (await this.authenticator.callerOf(request, response, presented));
    request.caller = caller;
    if (!access || !access.includes(caller.role)) {
      throw new ProblemException({ status: 403, code: 'forbidden', detail: `The ${caller.role} role may not do this` });
    }
    if (!READS.includes(request.method)) request.ownerOnState = checkBeforeHandler(caller.parties, writeOwnerOf(context.getHandler()), request);
    return true;
  }
}
