import { defineRoute, ok } from '../../../core/http/route.js';
import { createTag } from '../tag.service.js';

export default defineRoute({
  method: 'POST',
  url: '/tags',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await createTag(deps, actor, request.body)),
});
