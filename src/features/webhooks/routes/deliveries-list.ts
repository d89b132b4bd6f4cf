import { listDeliveries } from '../webhook.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../../core/http/envelopes.js';
import { DELIVERY } from '../webhook.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/webhooks/:id/deliveries',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'Deliveries to an endpoint, each with its attempts and their results',
    querystring: PAGE_QUERY,
    response: list(DELIVERY),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await listDeliveries(deps, actor, request.params.id, request.query)),
});
