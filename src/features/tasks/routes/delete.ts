import { defineRoute } from '../../../core/http/route.js';
import { deleteTask } from '../task-update.js';

/** The task's comments go with it; its subtasks stay, as tasks of their own. */
export default defineRoute({
  method: 'DELETE',
  url: '/tasks/:id',
  handler: async ({ request, deps, actor }) => {
    await deleteTask(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
