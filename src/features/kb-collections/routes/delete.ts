import { defineRoute } from '../../../core/http/route.js';
import { deleteCollection } from '../collection.service.js';

/** The collection goes with its nested collections and all their articles. */
export default defineRoute({
  method: 'DELETE',
  url: '/knowledge-bases/:id/collections/:collection_id',
  handler: async ({ request, deps, actor }) => {
    await deleteCollection(deps, actor, request.params.id, request.params.collection_id);
    return { request_id: request.id };
  },
});
