import type { Config } from '../config.js';
import { InMemoryRateLimiter } from './in-memory.js';
import type { RateLimiter } from './rate-limiter.js';
import { RedisRateLimiter } from './redis.js';

/** The one place that chooses the limiter: Redis when `REDIS_URL` is set (shared by instances), else in-process. */
export async function createRateLimiter(config: Config, onError: (error: Error) => void): Promise<RateLimiter> {
  return config.redisUrl ? RedisRateLimiter.connect(config.redisUrl, config.redisKeyPrefix, onError) : new InMemoryRateLimiter();
}
