import { listEventFeed } from '../event.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { Type } from '@sinclair/typebox';
import { list } from '../../../core/http/envelopes.js';

export default defineRoute({
  method: 'GET',
  url: '/events',
  rateLimitPerMinute: 60,
  schema: {
    summary: "The workspace's events, in order",
    description:
      'What webhooks deliver, for a system that missed some to catch up: page with `cursor` ' +
      'until `has_next_page` is false, keep the last cursor to poll for new ones.',
    querystring: PAGE_QUERY,
    response: list(
      Type.Object({
        id: Type.String(),
        type: Type.String(),
        created_at: Type.String(),
        data: Type.Record(Type.String(), Type.Unknown()),
      }),
    ),
  },
  handler: async ({ request, deps, actor }) => ok(request, await listEventFeed(deps, actor, request.query)),
});
