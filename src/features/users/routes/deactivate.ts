import { deactivateUser } from '../user-lifecycle.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { USER } from '../user.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/users/:id/deactivate',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Deactivate a user',
    description:
      "Helpline extension. The user's API tokens stop working (401) within a second on every instance; their " +
      'messages and assignments stay. You cannot deactivate yourself, nor the last active admin.',
    response: one(USER),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await deactivateUser(deps.store.db, actor, request.params.id)),
});
