import { defineRoute, ok } from '../../../core/http/route.js';
import { updateCollection } from '../collection.service.js';

export default defineRoute({
  method: 'PATCH',
  url: '/knowledge-bases/:id/collections/:collection_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateCollection(deps, actor, request.params.id, request.params.collection_id, request.body)),
});
