import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import {
  authenticateSession,
  checkCsrfToken,
  type ConsoleSession,
  type IssuedSession,
} from '../../features/console-auth/session.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The console session that authenticated the request, on the console's signed-in routes. */
    consoleSession: ConsoleSession | undefined;
  }
}

export const SESSION_COOKIE = 'helpline_session';

/** Methods that change nothing: they need the cookie only. Every other needs the CSRF token as well. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Scripts cannot read the cookie (HttpOnly); other sites' requests carry it only on top-level navigations
 * (SameSite=Lax); over HTTPS it never travels in clear (Secure, when PUBLIC_URL is https).
 */
export const cookieOptions = (publicUrl: string): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: publicUrl.startsWith('https:'),
});

export function setSessionCookie(reply: FastifyReply, publicUrl: string, session: IssuedSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(publicUrl), expires: new Date(session.expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply, publicUrl: string): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(publicUrl));
}

/**
 * The caller of a console route, from the session cookie (never a bearer token): no cookie, or a session that ended
 * or whose user is deactivated → 401; an unsafe method without the session's `X-CSRF-Token` → 403.
 */
export async function authenticateConsoleRequest(request: FastifyRequest, deps: Deps): Promise<Actor> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthorized', 'Not signed in: sign in with POST /console/api/session');
  const session = await authenticateSession(deps.store, token);
  if (!SAFE_METHODS.has(request.method)) checkCsrfToken(request.headers['x-csrf-token'], session);
  request.consoleSession = session;
  return session.actor;
}

/** The session of a signed-in console route (set by its hook). */
export function sessionOf(request: FastifyRequest): ConsoleSession {
  if (!request.consoleSession) throw new Error('No session on a signed-in console route');
  return request.consoleSession;
}
