import { Type } from '@sinclair/typebox';
import { createWebhookEndpoint } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/webhooks',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create a webhook endpoint',
    description:
      'Events are POSTed to `url`, signed per the Standard Webhooks specification. The secret is shown once.',
    body: Type.Object({
      url: Type.String(),
      event_types: Type.Optional(Type.Array(Type.String())),
      description: Type.Optional(Type.String()),
    }),
    response: one(WEBHOOK_ENDPOINT),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await createWebhookEndpoint(deps.store.db, actor.workspaceId, request.body, deps.delivery)),
});
