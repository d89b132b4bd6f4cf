import { defineRoute } from '../../../core/http/route.js';
import { deleteMilestone } from '../milestone.service.js';

/** The milestone's tasks stay, without a milestone. */
export default defineRoute({
  method: 'DELETE',
  url: '/milestones/:id',
  handler: async ({ request, deps, actor }) => {
    await deleteMilestone(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
