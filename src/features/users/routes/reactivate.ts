import { reactivateUser } from '../user-lifecycle.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { USER } from '../user.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/users/:id/reactivate',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Reactivate a user',
    description: "Helpline extension. The user's API tokens that are neither revoked nor expired work again.",
    response: one(USER),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await reactivateUser(deps.store.db, actor, request.params.id)),
});
