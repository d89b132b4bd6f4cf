import { listWebhookEndpointsPage } from '../webhook.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../../core/http/envelopes.js';
import { WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/webhooks',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: { summary: 'List webhook endpoints', querystring: PAGE_QUERY, response: list(WEBHOOK_ENDPOINT) },
  handler: async ({ request, deps, actor }) => ok(request, await listWebhookEndpointsPage(deps, actor, request.query)),
});
