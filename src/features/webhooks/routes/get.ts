import { getWebhookEndpoint } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/webhooks/:id',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'Get a webhook endpoint (its status says whether it is paused, and why)',
    response: one(WEBHOOK_ENDPOINT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await getWebhookEndpoint(deps, actor, request.params.id)),
});
