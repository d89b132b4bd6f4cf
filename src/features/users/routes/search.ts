import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchUsers } from '../user.search.js';

/** Pylon's filter language over the workspace's users (by email). */
export default defineRoute({
  method: 'POST',
  url: '/users/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchUsers(deps, actor, request.body)),
});
