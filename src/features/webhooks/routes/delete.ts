import { removeWebhookEndpoint } from '../webhook.service.js';
import { defineRoute } from '../../../core/http/route.js';

export default defineRoute({
  method: 'DELETE',
  url: '/webhooks/:id',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: { summary: 'Delete a webhook endpoint and its pending deliveries' },
  handler: async ({ request, deps, actor }) => {
    await removeWebhookEndpoint(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
