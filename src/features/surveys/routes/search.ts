import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchSurveys } from '../survey.search.js';

/** Pylon's filter language over surveys (`updated_at` only, as the contract's description lists). */
export default defineRoute({
  method: 'POST',
  url: '/surveys/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchSurveys(deps, actor, request.body)),
});
