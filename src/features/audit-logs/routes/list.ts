import { listAuditLog } from '../audit-log.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Redactions, deletions, token creations and revocations, user (de)activations: who, what, when; never content. */
export default defineRoute({
  method: 'GET',
  url: '/audit-logs',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await listAuditLog(deps, actor, request.query)),
});
