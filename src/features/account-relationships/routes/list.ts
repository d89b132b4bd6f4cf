import { listRelationships } from '../account-relationship.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'GET',
  url: '/accounts/:account_id/relationships',
  handler: async ({ request, deps, actor }) =>
    ok(request, await listRelationships(deps, actor, request.params.account_id)),
});
