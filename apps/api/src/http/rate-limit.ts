import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/access';

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

/**
 * Counts refused keys per client address in one-minute windows. Unlike the per-key limit it runs before a key is
 * checked, so an address over its limit costs no hash at all. At most `maxAddresses` windows are kept; the oldest
 * goes first.
 */
export class FailedKeysPerAddress {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = 10_000,
  ) {}

  /** Seconds until the address may try again, or 0 if it may now. */
  retryAfter(address: string): number {
    if (this.perMinute === 0) return 0;
    const window = this.windows.get(address);
    if (!window || window.resetsAt <= this.now() || window.count < this.perMinute) return 0;
    return Math.ceil((window.resetsAt - this.now()) / 1000);
  }

  refused(address: string): void {
    if (this.perMinute === 0) return;
    const now = this.now();
    let window = this.windows.get(address);
    if (!window || window.resetsAt <= now) {
      this.windows.delete(address);
      if (this.windows.size >= this.maxAddresses) this.forgetExpired(now);
      window = { count: 0, resetsAt: now + 60_000 };
      this.windows.set(address, window);
    }
    window.count++;
  }

  private forgetExpired(now: number): void {
    for (const [address, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(address);
    while (this.windows.size >= this.maxAddresses) this.windows.delete(this.windows.keys().next().value!);
  }
}
