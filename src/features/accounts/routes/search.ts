import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchAccounts } from '../account.search.js';

/** Pylon's filter language over accounts, with `search_text` (fields and operators as the contract lists them). */
export default defineRoute({
  method: 'POST',
  url: '/accounts/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchAccounts(deps, actor, request.body)),
});
