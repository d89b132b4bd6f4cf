import { defineRoute } from '../../../core/http/route.js';
import { deleteCustomObject } from '../custom-object.service.js';

/** Admin only, like every permanent deletion. */
export default defineRoute({
  method: 'DELETE',
  url: '/custom-objects/:type/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteCustomObject(deps, actor, request.params.type, request.params.id);
    return { request_id: request.id };
  },
});
