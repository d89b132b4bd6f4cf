import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import type { RateLimiter } from '../../core/rate-limit/rate-limiter.js';

const WINDOW_MS = 60_000;

/**
 * The allowance a request draws on: its workspace, method and route template (so `/issues/1` and `/issues/<uuid>`
 * share one; the router is case-sensitive and strict about trailing slashes, so other spellings find no route and
 * no handler). Fastify answers HEAD for every GET route, from the GET handler: HEAD draws on the GET allowance,
 * else alternating the two would double it.
 */
export function bucketOf(workspaceId: string, method: string, routeUrl: string | undefined): string {
  return `${workspaceId}:${method === 'HEAD' ? 'GET' : method} ${routeUrl}`;
}

/**
 * Per workspace and per endpoint, at most the contract's figure (times the multiplier) in any 60 seconds. Every
 * limited response says where the caller stands; a refused one says when to come back. A surface serving the API
 * under a prefix (the console's `/console/api/v1`) names it, so its calls draw on the same allowance as the API's.
 */
export function allowanceCheck(limiter: RateLimiter, multiplier: number, prefix = '') {
  return async (request: FastifyRequest, reply: FastifyReply, actor: Actor): Promise<void> => {
    const perMinute = request.routeOptions.config.rateLimitPerMinute;
    if (!perMinute) return;
    const limit = Math.max(1, Math.floor(perMinute * multiplier));
    const routeUrl = request.routeOptions.url;
    const operationUrl = prefix && routeUrl?.startsWith(prefix) ? routeUrl.slice(prefix.length) : routeUrl;
    const bucket = bucketOf(actor.workspaceId, request.method, operationUrl);
    const decision = await limiter.take(bucket, limit, WINDOW_MS);
    reply.header('X-Rate-Limit-Limit', decision.limit);
    reply.header('X-Rate-Limit-Remaining', decision.remaining);
    reply.header('X-Rate-Limit-Reset', Math.ceil(decision.resetMs / 1000));
    if (!decision.allowed) {
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      reply.header('Retry-After', seconds);
      throw new AppError('rate_limited', `Rate limit of ${limit} requests per minute exceeded; retry in ${seconds} s`);
    }
  };
}
