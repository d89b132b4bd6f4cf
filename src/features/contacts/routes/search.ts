import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchContacts } from '../contact.search.js';

/** Pylon's filter language over contacts (fields and operators as the contract's description lists them). */
export default defineRoute({
  method: 'POST',
  url: '/contacts/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchContacts(deps, actor, request.body)),
});
