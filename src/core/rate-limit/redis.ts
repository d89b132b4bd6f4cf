import { randomUUID } from 'node:crypto';
import { Redis, type Result } from 'ioredis';
import { AppError } from '../errors.js';
import type { RateLimitDecision, RateLimiter } from './rate-limiter.js';

/**
 * The sliding log of one bucket as a sorted set (score = admission time in ms, Redis's own clock so instances need
 * no synchronized clocks). One script run per request: drop what left the window, admit if fewer than the limit
 * remain, and report. Redis runs a script atomically, so concurrent instances never admit more than the limit.
 */
const SLIDING_LOG = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
local allowed = 0
if count < limit then
  redis.call('ZADD', key, now, ARGV[3])
  count = count + 1
  allowed = 1
end
redis.call('PEXPIRE', key, window)
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2]
local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2]
local retry = 0
if count >= limit and oldest then retry = tonumber(oldest) + window - now end
local reset = 0
if newest then reset = tonumber(newest) + window - now end
return {allowed, count, retry, reset}
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** The sliding-log script, defined on connect: `[allowed, count, retryAfterMs, resetMs]`. */
    helplineSlidingLog(
      key: string,
      limit: number,
      windowMs: number,
      member: string,
    ): Result<[number, number, number, number], Context>;
  }
}

const unavailable = () =>
  new AppError('unavailable', 'Rate limiting is unavailable: Redis does not answer; retry shortly');

/** A RateLimiter shared by every instance that uses the same Redis (and key prefix). */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  private constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    this.redis = redis;
    this.redis.defineCommand('helplineSlidingLog', { numberOfKeys: 1, lua: SLIDING_LOG });
  }

  /** Connects (waiting up to `connectTimeoutMs` for the first connection, then going on without it). */
  static async connect(
    url: string,
    prefix: string,
    onError: (error: Error) => void,
    connectTimeoutMs = 2_000,
  ): Promise<RedisRateLimiter> {
    const redis = new Redis(url, {
      // Fail fast while disconnected instead of queueing: a request must get a clear 503, not hang.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1_000,
      connectTimeout: connectTimeoutMs,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    redis.on('error', onError);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, connectTimeoutMs);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return new RedisRateLimiter(redis, prefix);
  }

  async take(bucket: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    let reply;
    try {
      reply = await this.redis.helplineSlidingLog(`${this.prefix}rate:${bucket}`, limit, windowMs, randomUUID());
    } catch {
      throw unavailable();
    }
    const [allowed, count, retryAfterMs, resetMs] = reply.map(Number) as [number, number, number, number];
    return {
      allowed: allowed === 1,
      limit,
      remaining: Math.max(0, limit - count),
      retryAfterMs: Math.max(0, retryAfterMs),
      resetMs: Math.max(0, resetMs),
    };
  }

  async ping(): Promise<void> {
    try {
      await this.redis.ping();
    } catch {
      throw unavailable();
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
