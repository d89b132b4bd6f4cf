import { createWebhookEndpoint } from '../webhook.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one, TAGS, WEBHOOK_ENDPOINT } from '../webhook.schemas.js';

export default defineRoute<{ Body: { url: string; event_types?: string[]; description?: string } }>({
  method: 'POST',
  url: '/webhooks',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create a webhook endpoint',
    description: 'Events are POSTed to `url`, signed per the Standard Webhooks specification. The secret is shown once.',
    tags: TAGS,
    body: {
      type: 'object',
      required: ['url'],
      properties: { url: { type: 'string' }, event_types: { type: 'array', items: { type: 'string' } }, description: { type: 'string' } },
    },
    response: one(WEBHOOK_ENDPOINT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createWebhookEndpoint(deps.store.db, actor.workspaceId, request.body)),
});
