import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthenticatedRequest } from '../auth/access';

/**
 * Limits each API key, not each address: several clerks behind one municipal proxy share an address, while a
 * runaway script holds one key. Runs after the access guard has named the caller.
 */
@Injectable()
export class RateLimitPerKey extends ThrottlerGuard {
  protected override async getTracker(request: AuthenticatedRequest): Promise<string> {
    return request.caller ? `key:${request.caller.actor}` : `ip:${request.ip}`;
  }
}
