import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchCallRecordings } from '../call-recording.search.js';

/** Pylon's filter language over call recordings: account_id, source, title and start_time, as the contract lists. */
export default defineRoute({
  method: 'POST',
  url: '/call-recordings/search',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchCallRecordings(deps, actor, request.body)),
});
