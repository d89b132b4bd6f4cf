import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listTags } from '../tag.service.js';

/** Every tag in use is listed: tags set on issues and accounts join the catalog when they are saved. */
export default defineRoute({
  method: 'GET',
  url: '/tags',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listTags(deps, actor, request.query)),
});
