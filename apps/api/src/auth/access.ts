import { CanActivate, ExecutionContext, Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import { Caller, KeyRing, AccessRole } from '@pacta/registry';
import type { Request } from 'express';
import { ProblemException } from '../http/problem';

const ACCESS = 'pacta:access';

/** Every route states who may call it; a route without a statement is closed to everyone. */
export const Access = (...roles: AccessRole[]) => applyDecorators(SetMetadata(ACCESS, roles), ApiBearerAuth());
export const Public = () => SetMetadata(ACCESS, 'public');
export const isPublic = (reflector: Reflector, context: ExecutionContext) =>
  reflector.getAllAndOverride(ACCESS, [context.getHandler(), context.getClass()]) === 'public';

const KEY_IN_QUERY = 'pacta:key-in-query';
/**
 * For a feed a calendar program subscribes to by its URL alone: such programs cannot send an Authorization header,
 * so the route also takes the key as `?key=`. Logs never show it (see the request serializer).
 */
export const KeyInQueryAllowed = () => SetMetadata(KEY_IN_QUERY, true);

const KEY = /^[\x21-\x7e]{1,512}$/;

export const READERS_OF_REGISTRY: AccessRole[] = ['registrar', 'legal', 'auditor'];

export interface AuthenticatedRequest extends Request {
  caller?: Caller;
}

const unauthorized = (detail: string) =>
  new ProblemException({
    status: 401,
    code: 'unauthorized',
    detail,
    field: 'Authorization',
    errors: [{ field: 'Authorization', detail }],
  });

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeyRing,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<AccessRole[] | 'public' | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const bearer = typeof header === 'string' ? /^Bearer ([\x21-\x7e]{1,512})$/.exec(header)?.[1] : undefined;
    const inQuery = this.reflector.getAllAndOverride<boolean | undefined>(KEY_IN_QUERY, [context.getHandler(), context.getClass()])
      ? request.query?.key
      : undefined;
    const presented = bearer ?? (typeof inQuery === 'string' && KEY.test(inQuery) ? inQuery : undefined);
    if (!presented) throw unauthorized('Send an API key as Authorization: Bearer <key>');
    const caller = await this.keys.authenticate(presented);
    if (!caller) throw unauthorized('The API key is not valid');
    request.caller = caller;
    if (!access || !access.includes(caller.role)) {
      throw new ProblemException({ status: 403, code: 'forbidden', detail: `The ${caller.role} role may not do this` });
    }
    return true;
  }
}
