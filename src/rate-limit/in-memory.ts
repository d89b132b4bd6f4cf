import type { RateLimitDecision, RateLimiter } from './rate-limiter.js';

/**
 * A sliding log per bucket, in this process: exact (a request is admitted only when fewer than `limit` were admitted
 * in the last `windowMs`), and atomic because JavaScript runs one `take` at a time. For one instance; several
 * instances need a shared limiter.
 */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly logs = new Map<string, number[]>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async take(bucket: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    const now = this.now();
    const log = this.logs.get(bucket) ?? [];
    while (log.length > 0 && log[0]! <= now - windowMs) log.shift();
    const allowed = log.length < limit;
    if (allowed) log.push(now);
    this.logs.set(bucket, log);
    const oldest = log[0];
    const newest = log[log.length - 1];
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - log.length),
      retryAfterMs: log.length < limit || oldest === undefined ? 0 : oldest + windowMs - now,
      resetMs: newest === undefined ? 0 : newest + windowMs - now,
    };
  }

  private sweep(): void {
    const now = this.now();
    for (const [bucket, log] of this.logs) {
      if (log.length === 0 || log[log.length - 1]! <= now - 3_600_000) this.logs.delete(bucket);
    }
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.logs.clear();
  }
}
