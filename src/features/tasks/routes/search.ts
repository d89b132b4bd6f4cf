import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchTasks } from '../task.search.js';

/** Pylon's filter language over tasks (fields and operators as the contract's description lists them). */
export default defineRoute({
  method: 'POST',
  url: '/tasks/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchTasks(deps, actor, request.body)),
});
