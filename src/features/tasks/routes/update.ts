import { defineRoute, ok } from '../../../core/http/route.js';
import { updateTask } from '../task-update.js';

/**
 * Only the fields sent change; an empty `assignee_id`, `project_id`, `milestone_id` or `due_date` clears it. Moving
 * the task to another project takes it out of its milestone.
 */
export default defineRoute({
  method: 'PATCH',
  url: '/tasks/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateTask(deps, actor, request.params.id, request.body)),
});
