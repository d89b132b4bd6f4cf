import { defineRoute, ok } from '../../../core/http/route.js';
import { SearchBody } from '../../../core/search/search-request.js';
import { searchAuditLog } from '../audit-log.search.js';

/** Pylon's filter language over the audit log (by action and time); admins only, like the list. */
export default defineRoute({
  method: 'POST',
  url: '/audit-logs/search',
  role: 'admin',
  schema: { body: SearchBody },
  handler: async ({ request, deps, actor }) => ok(request, await searchAuditLog(deps, actor, request.body)),
});
