import type { FastifyInstance } from 'fastify';
import { ok } from '../../../core/http/route.js';
import { countInbox } from '../../../features/inbox/inbox-counts.js';
import { listInbox } from '../../../features/inbox/inbox.service.js';
import { HIDDEN, SIGNED_IN } from '../console-route.js';
import { sessionOf } from '../session-cookie.js';

type RawQuery = Record<string, string | string[] | undefined>;

/**
 * The agent console's inbox (any signed-in role): `GET /inbox` lists a view's issues newest activity first, a page at
 * a time (`view`, `state`, `assignee_id`, `team_id`, `tag`, `q`, `limit`, `cursor`; see features/inbox/inbox-query.ts),
 * and `GET /inbox/counts` how many issues each view holds for the signed-in user.
 */
export default function registerInboxRoutes(app: FastifyInstance): void {
  const deps = app.helpline;

  app.get('/inbox', { schema: HIDDEN, config: SIGNED_IN }, async (request) =>
    ok(request, await listInbox(deps, sessionOf(request).actor, request.query as RawQuery)),
  );

  app.get('/inbox/counts', { schema: HIDDEN, config: SIGNED_IN }, async (request) =>
    ok(request, await countInbox(deps, sessionOf(request).actor)),
  );
}
