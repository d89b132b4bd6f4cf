import { list } from '../../../core/http/envelopes.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listCustomObjectTypesPage } from '../custom-object-type.service.js';
import { CUSTOM_OBJECT_TYPE } from '../custom-object-type.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/custom-object-types',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'List custom object types',
    description: "The workspace's custom object types with their fields, in creation order.",
    querystring: PAGE_QUERY,
    response: list(CUSTOM_OBJECT_TYPE),
  },
  handler: async ({ request, deps, actor }) => ok(request, await listCustomObjectTypesPage(deps, actor, request.query)),
});
