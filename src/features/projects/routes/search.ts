import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchProjects } from '../project.search.js';

/** Pylon's filter language over projects; a project's `status` follows its tasks. */
export default defineRoute({
  method: 'POST',
  url: '/projects/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchProjects(deps, actor, request.body)),
});
