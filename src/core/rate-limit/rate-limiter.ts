/** The answer for one request against one bucket (a workspace and an endpoint). */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the bucket accepts a request again (0 when it has room now). */
  retryAfterMs: number;
  /** Milliseconds until the whole window has room again (every counted request has left it). */
  resetMs: number;
}

/**
 * Admits at most `limit` requests per bucket in any `windowMs`. Implementations must be atomic: concurrent callers
 * never get more than `limit` admissions between them.
 */
export interface RateLimiter {
  take(bucket: string, limit: number, windowMs: number): Promise<RateLimitDecision>;
  /** Throws when the limiter's backing service does not answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
