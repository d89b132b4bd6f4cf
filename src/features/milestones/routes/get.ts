import { defineRoute, ok } from '../../../core/http/route.js';
import { getMilestone } from '../milestone.service.js';

export default defineRoute({
  method: 'GET',
  url: '/milestones/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getMilestone(deps, actor, request.params.id)),
});
