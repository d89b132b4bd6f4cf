import type { Config } from '../../config.js';
import { InMemoryRateLimiter } from './in-memory.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * The one place that chooses the limiter: Redis when `REDIS_URL` is set (shared by instances), else in-process.
 * The Redis client is loaded only then, so the default server does not carry it.
 */
export async function createRateLimiter(config: Config, onError: (error: Error) => void): Promise<RateLimiter> {
  if (!config.redisUrl) return new InMemoryRateLimiter();
  const { RedisRateLimiter } = await import('./redis.js');
  return RedisRateLimiter.connect(config.redisUrl, config.redisKeyPrefix, onError);
}
