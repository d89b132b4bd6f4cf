import { defineRoute } from '../../../core/http/route.js';
import { deleteFeatureRequest } from '../feature-request.service.js';

/** Permanent, and so for admins, as every deletion of the workspace's records. */
export default defineRoute({
  method: 'DELETE',
  url: '/feature-requests/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteFeatureRequest(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
