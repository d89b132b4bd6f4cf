import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchIssues } from '../issue.search.js';

/** Pylon's filter language over issues (fields and operators as the contract's description lists them). */
export default defineRoute({
  method: 'POST',
  url: '/issues/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchIssues(deps, actor, request.body)),
});
