import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import { authenticate } from '../../features/api-tokens/api-token.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
  }
  interface FastifyContextConfig {
    /** Set on every API route: a bearer token is required. */
    auth?: boolean;
    /** The role the caller needs ('admin'); absent, any signed-in role. Checked by `roles.ts`. */
    role?: 'admin';
    /** Requests per minute per workspace for this route, before the multiplier. */
    rateLimitPerMinute?: number;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The caller of an API route from `Authorization: Bearer <token>`: missing, unknown, expired or revoked, or the token
 * of a deactivated user → 401, before the body is read.
 */
export async function authenticateRequest(request: FastifyRequest, deps: Deps): Promise<Actor> {
  const header = request.headers.authorization;
  if (!header) throw new AppError('unauthorized', 'Missing Authorization header; send Authorization: Bearer <token>');
  const match = BEARER.exec(header);
  if (!match) throw new AppError('unauthorized', 'Authorization header must be Bearer <token>');
  return authenticate(deps.store, match[1]!);
}
