import { replayDelivery } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { DELIVERY } from '../webhook.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/webhooks/:id/deliveries/:delivery_id/replay',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: { summary: "Send a delivery's event again (as a new delivery)", response: one(DELIVERY) },
  handler: async ({ request, deps, actor }) =>
    ok(request, await replayDelivery(deps, actor, request.params.id, request.params.delivery_id)),
});
