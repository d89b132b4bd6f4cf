import { removeWebhookEndpoint } from '../../../domain/webhooks.js';
import { defineRoute } from '../../route.js';
import { TAGS } from './schemas.js';

export default defineRoute<{ Params: { id: string } }>({
  method: 'DELETE',
  url: '/webhooks/:id',
  rateLimitPerMinute: 20,
  schema: { summary: 'Delete a webhook endpoint and its pending deliveries', tags: TAGS },
  handler: async ({ request, deps, actor }) => {
    await removeWebhookEndpoint(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
