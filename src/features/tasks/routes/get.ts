import { defineRoute, ok } from '../../../core/http/route.js';
import { getTask } from '../task.service.js';

export default defineRoute({
  method: 'GET',
  url: '/tasks/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getTask(deps, actor, request.params.id)),
});
