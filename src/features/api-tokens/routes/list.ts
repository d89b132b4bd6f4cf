import { listApiTokensPage } from '../api-token.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../../core/http/envelopes.js';
import { API_TOKEN } from '../api-token.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/helpline/api-tokens',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: "List the workspace's API tokens",
    description:
      'Helpline extension. Every token of the workspace, revoked and expired ones included, in creation order; ' +
      'never the secret, which is not stored.',
    querystring: PAGE_QUERY,
    response: list(API_TOKEN),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await listApiTokensPage(deps.store.db, actor.workspaceId, request.query)),
});
