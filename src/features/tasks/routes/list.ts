import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listTasks } from '../task.service.js';

/** The workspace's tasks in creation order, a page at a time. */
export default defineRoute({
  method: 'GET',
  url: '/tasks',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listTasks(deps, actor, request.query)),
});
