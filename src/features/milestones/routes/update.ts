import { defineRoute, ok } from '../../../core/http/route.js';
import { updateMilestone } from '../milestone.service.js';

/** The name and due date; an empty due date clears it. */
export default defineRoute({
  method: 'PATCH',
  url: '/milestones/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateMilestone(deps, actor, request.params.id, request.body)),
});
