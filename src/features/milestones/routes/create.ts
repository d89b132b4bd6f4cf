import { defineRoute, ok } from '../../../core/http/route.js';
import { createMilestone } from '../milestone.service.js';

/** The project (and account, when named) must be the workspace's (404); the account defaults to the project's. */
export default defineRoute({
  method: 'POST',
  url: '/milestones',
  handler: async ({ request, deps, actor }) => ok(request, await createMilestone(deps, actor, request.body)),
});
