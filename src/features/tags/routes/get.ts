import { defineRoute, ok } from '../../../core/http/route.js';
import { getTag } from '../tag.service.js';

export default defineRoute({
  method: 'GET',
  url: '/tags/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getTag(deps, actor, request.params.id)),
});
