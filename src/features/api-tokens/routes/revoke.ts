import { revokeToken } from '../api-token.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { API_TOKEN } from '../api-token.schemas.js';

export default defineRoute({
  method: 'DELETE',
  url: '/helpline/api-tokens/:id',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Revoke an API token',
    description:
      'Helpline extension. Every instance refuses the token within a second. The token stays listed, as revoked; ' +
      'revoking it again changes nothing.',
    response: one(API_TOKEN),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await revokeToken(deps.store.db, actor.workspaceId, request.params.id, actor.userId)),
});
