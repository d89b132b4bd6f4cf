import { defineRoute, ok } from '../../../core/http/route.js';
import { createCollection } from '../collection.service.js';

export default defineRoute({
  method: 'POST',
  url: '/knowledge-bases/:id/collections',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createCollection(deps, actor, request.params.id, request.body)),
});
