import { createApiToken } from '../api-token.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { CREATE_API_TOKEN, ISSUED_API_TOKEN } from '../api-token.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/api-tokens',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create an API token',
    description:
      'Helpline extension. A token acting as `user_id` (default: the caller), optionally expiring at `expires_at` ' +
      'or after `expires_in_days`. The secret is in this answer only.',
    body: CREATE_API_TOKEN,
    response: one(ISSUED_API_TOKEN),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createApiToken(deps, actor, request.body ?? {})),
});
