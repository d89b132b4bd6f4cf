import { rotateWebhookSecret } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/webhooks/:id/rotate-secret',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Rotate the signing secret',
    description:
      'Returns the new secret (shown once). For WEBHOOK_SECRET_OVERLAP_HOURS (24) every event ' +
      'is signed with both secrets.',
    response: one(WEBHOOK_ENDPOINT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await rotateWebhookSecret(deps, actor, request.params.id)),
});
