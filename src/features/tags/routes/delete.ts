import { defineRoute } from '../../../core/http/route.js';
import { deleteTag } from '../tag.service.js';

/** The tag leaves the catalog and every object that carries it. */
export default defineRoute({
  method: 'DELETE',
  url: '/tags/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteTag(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
