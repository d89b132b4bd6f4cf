import { listEventFeed } from '../event.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../webhooks/webhook.schemas.js';

export default defineRoute<{ Querystring: { cursor?: string; limit?: number } }>({
  method: 'GET',
  url: '/events',
  rateLimitPerMinute: 60,
  schema: {
    summary: "The workspace's events, in order",
    description: 'What webhooks deliver, for a system that missed some to catch up: page with `cursor` until `has_next_page` is false, keep the last cursor to poll for new ones.',
    tags: ['events'],
    querystring: PAGE_QUERY,
    response: list({ type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, created_at: { type: 'string' }, data: { type: 'object', additionalProperties: true } } }),
  },
  handler: async ({ request, deps, actor }) => ok(request, await listEventFeed(deps, actor, request.query)),
});
