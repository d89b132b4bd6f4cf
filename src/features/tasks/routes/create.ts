import { defineRoute, ok } from '../../../core/http/route.js';
import { createTask } from '../task.service.js';

/**
 * Every id the task names (account, assignee, project, milestone, parent task) must be the workspace's (404). A
 * milestone alone puts the task in the milestone's project; without an account the task takes its project's.
 */
export default defineRoute({
  method: 'POST',
  url: '/tasks',
  handler: async ({ request, deps, actor }) => ok(request, await createTask(deps, actor, request.body)),
});
