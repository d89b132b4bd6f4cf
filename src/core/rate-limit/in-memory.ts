import type { RateLimitDecision, RateLimiter } from './rate-limiter.js';

/**
 * The admission times of one bucket in the current window, oldest first, in a ring that grows by doubling: adding
 * and dropping are O(1) whatever the limit, and memory follows what was admitted in the last window.
 */
class AdmissionLog {
  private times = new Float64Array(8);
  private head = 0;
  size = 0;

  oldest(): number | undefined {
    return this.size === 0 ? undefined : this.times[this.head];
  }

  newest(): number | undefined {
    return this.size === 0 ? undefined : this.times[(this.head + this.size - 1) % this.times.length];
  }

  dropUntil(cutoff: number): void {
    while (this.size > 0 && this.times[this.head]! <= cutoff) {
      this.head = (this.head + 1) % this.times.length;
      this.size--;
    }
  }

  push(time: number): void {
    if (this.size === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      for (let i = 0; i < this.size; i++) grown[i] = this.times[(this.head + i) % this.times.length]!;
      this.times = grown;
      this.head = 0;
    }
    this.times[(this.head + this.size) % this.times.length] = time;
    this.size++;
  }
}

/**
 * A sliding log per bucket, in this process: exact (a request is admitted only when fewer than `limit` were admitted
 * in the last `windowMs`), and atomic because JavaScript runs one `take` at a time. For one instance; several
 * instances need a shared limiter.
 */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly logs = new Map<string, AdmissionLog>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async take(bucket: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    const now = this.now();
    let log = this.logs.get(bucket);
    if (!log) this.logs.set(bucket, (log = new AdmissionLog()));
    log.dropUntil(now - windowMs);
    const allowed = log.size < limit;
    if (allowed) log.push(now);
    const oldest = log.oldest();
    const newest = log.newest();
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - log.size),
      retryAfterMs: log.size < limit || oldest === undefined ? 0 : oldest + windowMs - now,
      resetMs: newest === undefined ? 0 : newest + windowMs - now,
    };
  }

  async ping(): Promise<void> {}

  /** Forgets buckets with nothing admitted in the last hour (longer than any window). */
  private sweep(): void {
    const now = this.now();
    for (const [bucket, log] of this.logs) {
      const newest = log.newest();
      if (newest === undefined || newest <= now - 3_600_000) this.logs.delete(bucket);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.logs.clear();
  }
}
