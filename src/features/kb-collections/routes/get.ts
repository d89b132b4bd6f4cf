import { defineRoute, ok } from '../../../core/http/route.js';
import { getCollection } from '../collection.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases/:id/collections/:collection_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await getCollection(deps, actor, request.params.id, request.params.collection_id)),
});
