import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config.js';
import { ok } from '../../../core/http/route.js';
import { INVITE, SET_PASSWORD, SIGN_IN } from '../../../features/console-auth/console-auth.schemas.js';
import { inviteUser, setPasswordWithLink } from '../../../features/console-auth/password-link.service.js';
import {
  describeSession,
  endSession,
  sessionJson,
  signIn,
  signInError,
} from '../../../features/console-auth/session.service.js';
import { clearSessionCookie, sessionOf, setSessionCookie } from '../session-cookie.js';
import { ADMIN, HIDDEN, OPEN, SIGNED_IN } from '../console-route.js';

/** Sign-in, sign-out, the signed-in user, setting a password from a link, and invites (admins). */
export default function registerSessionRoutes(app: FastifyInstance, config: Config): void {
  const db = app.helpline.store.db;

  app.post<{ Body: Static<typeof SIGN_IN> }>(
    '/session',
    { schema: { ...HIDDEN, body: SIGN_IN }, config: OPEN },
    async (request, reply) => {
      const { email, password, workspace_id: workspaceId } = request.body;
      const result = await signIn(db, { email, password, workspaceId }, request.ip);
      // Who tried and how it ended; never the password.
      request.log.info(
        {
          sign_in: {
            email: email.trim().toLowerCase(),
            remote_address: request.ip,
            outcome: result.outcome,
            ...(result.outcome === 'refused' ? { reason: result.reason } : {}),
            ...(result.outcome === 'signed_in' ? { user_id: result.session.user.id } : {}),
          },
        },
        'console sign-in',
      );
      if (result.outcome === 'limited') reply.header('Retry-After', result.retryAfterSeconds);
      if (result.outcome !== 'signed_in') throw signInError(result);
      setSessionCookie(reply, config.publicUrl, result.session);
      return ok(request, sessionJson(result.session.user, result.session.csrfToken));
    },
  );

  app.get('/session', { schema: HIDDEN, config: SIGNED_IN }, async (request) =>
    ok(request, await describeSession(db, sessionOf(request))),
  );

  app.delete('/session', { schema: HIDDEN, config: SIGNED_IN }, async (request, reply) => {
    await endSession(db, sessionOf(request));
    clearSessionCookie(reply, config.publicUrl);
    return ok(request, { signed_out: true });
  });

  app.post<{ Body: Static<typeof SET_PASSWORD> }>(
    '/password',
    { schema: { ...HIDDEN, body: SET_PASSWORD }, config: OPEN },
    async (request, reply) => {
      const session = await setPasswordWithLink(db, request.body.token, request.body.password);
      request.log.info({ user_id: session.user.id }, 'console password set from a link');
      setSessionCookie(reply, config.publicUrl, session);
      return ok(request, sessionJson(session.user, session.csrfToken));
    },
  );

  app.post<{ Body: Static<typeof INVITE> }>(
    '/invites',
    { schema: { ...HIDDEN, body: INVITE }, config: ADMIN },
    async (request) => {
      const { workspaceId } = sessionOf(request).actor;
      return ok(request, await inviteUser(db, workspaceId, request.body, config.publicUrl));
    },
  );
}
