import { defineRoute, ok } from '../../../core/http/route.js';
import { updateTag } from '../tag.service.js';

export default defineRoute({
  method: 'PATCH',
  url: '/tags/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateTag(deps, actor, request.params.id, request.body)),
});
