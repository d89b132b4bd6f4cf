import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchCustomObjects } from '../custom-object.search.js';

/** Pylon's filter language over a type's records: name, created_at, updated_at, account and the type's fields. */
export default defineRoute({
  method: 'POST',
  url: '/custom-objects/:type/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) =>
    ok(request, await searchCustomObjects(deps, actor, request.params.type, request.body)),
});
