import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createRateLimiter } from '../rate-limit/index.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';

declare module 'fastify' {
  interface FastifyInstance {
    rateLimiter: RateLimiter;
  }
}

const REDIS_LOG_INTERVAL_MS = 10_000;

/** The rate limiter: in-process, or Redis (shared by every instance) when `REDIS_URL` is set. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    let lastRedisLog = 0;
    const limiter = await createRateLimiter(config, (error) => {
      // Redis reports every failed reconnect: say so once every ten seconds at most.
      if (Date.now() - lastRedisLog > REDIS_LOG_INTERVAL_MS) app.log.warn({ err: error }, 'Redis connection problem');
      lastRedisLog = Date.now();
    });
    app.decorate('rateLimiter', limiter);
    if (config.redisUrl) app.readinessChecks.redis = () => limiter.ping();
    app.addHook('onClose', () => limiter.close());
  },
  { name: 'rate-limiter', dependencies: ['store'] },
);
