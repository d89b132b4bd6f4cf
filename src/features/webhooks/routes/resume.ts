import { resumeWebhookEndpoint } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/webhooks/:id/resume',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Resume a paused endpoint (its pending deliveries go out)',
    response: one(WEBHOOK_ENDPOINT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await resumeWebhookEndpoint(deps, actor, request.params.id)),
});
