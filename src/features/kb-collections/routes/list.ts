import { defineRoute, ok } from '../../../core/http/route.js';
import { listCollections } from '../collection.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases/:id/collections',
  handler: async ({ request, deps, actor }) => ok(request, await listCollections(deps, actor, request.params.id)),
});
