import { defineRoute } from '../../../core/http/route.js';
import { updateCustomObjects } from '../custom-object-bulk.js';

/** All the records change, or none (an id that is not a record of the type → 404). */
export default defineRoute({
  method: 'PATCH',
  url: '/custom-objects/:type',
  handler: async ({ request, deps, actor }) => {
    const updatedIds = await updateCustomObjects(deps, actor, request.params.type, request.body);
    return { success: true, updated_ids: updatedIds, request_id: request.id };
  },
});
