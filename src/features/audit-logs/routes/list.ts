import { listAuditLog } from '../audit-log.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Redactions, deletions and token creations: who, what, when; never message content. */
export default defineRoute({
  method: 'GET',
  url: '/audit-logs',
  handler: async ({ request, deps, actor }) => ok(request, await listAuditLog(deps, actor, request.query)),
});
